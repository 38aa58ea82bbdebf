using AttrWs.ConformanceTests.Infrastructure;

namespace AttrWs.ConformanceTests.Framing;

/// <summary>One echo server for the framing tests, with a 64 KiB message limit (so 1009 is cheap to provoke).</summary>
public sealed class FramingServerFixture : IAsyncLifetime
{
    /// <summary>The message limit of this server.</summary>
    public const int MaxMessageSize = 64 * 1024;

    /// <summary>The server.</summary>
    public ConformanceServer Server { get; private set; } = null!;

    /// <inheritdoc />
    public async Task InitializeAsync() => Server = await ConformanceServer.StartAsync(o => o.Limits.MaxMessageSize = MaxMessageSize);

    /// <inheritdoc />
    public async Task DisposeAsync() => await Server.DisposeAsync();
}
