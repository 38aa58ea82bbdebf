using AttrWs.ConformanceTests.Infrastructure;

namespace AttrWs.ConformanceTests.Clients;

/// <summary>One server for a class of real-client tests.</summary>
public sealed class ClientServerFixture : IAsyncLifetime
{
    /// <summary>The server.</summary>
    public ConformanceServer Server { get; private set; } = null!;

    /// <inheritdoc />
    public async Task InitializeAsync() => Server = await ConformanceServer.StartAsync();

    /// <inheritdoc />
    public async Task DisposeAsync() => await Server.DisposeAsync();
}
