using AttrWs.ConformanceTests.Infrastructure;

namespace AttrWs.ConformanceTests.Corpus;

/// <summary>One server for the whole corpus class.</summary>
public sealed class CorpusServerFixture : IAsyncLifetime
{
    /// <summary>The server.</summary>
    public ConformanceServer Server { get; private set; } = null!;

    /// <inheritdoc />
    public async Task InitializeAsync() => Server = await ConformanceServer.StartAsync();

    /// <inheritdoc />
    public async Task DisposeAsync() => await Server.DisposeAsync();
}
