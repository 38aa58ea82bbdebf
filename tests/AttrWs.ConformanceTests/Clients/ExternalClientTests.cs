using System.Text.Json;

namespace AttrWs.ConformanceTests.Clients;

/// <summary>Debian's python3-websockets.</summary>
public sealed class PythonWebSocketsClientTests(ClientServerFixture fixture) : RealClientTests(fixture)
{
    protected override string ClientName => "python";

    protected override Task<JsonElement> RunAsync(string scenario, int port)
        => ExternalClient.RunAsync("/usr/bin/python3", TimeSpan.FromSeconds(60), ExternalClient.Script("python_client.py"), scenario, port.ToString(System.Globalization.CultureInfo.InvariantCulture));
}

/// <summary>Debian's node-ws.</summary>
public sealed class NodeWsClientTests(ClientServerFixture fixture) : RealClientTests(fixture)
{
    protected override string ClientName => "node";

    protected override Task<JsonElement> RunAsync(string scenario, int port)
        => ExternalClient.RunAsync("node", TimeSpan.FromSeconds(60), ExternalClient.Script("node_client.js"), scenario, port.ToString(System.Globalization.CultureInfo.InvariantCulture));
}

/// <summary>Headless Chromium through playwright-core.</summary>
public sealed class ChromiumClientTests(ClientServerFixture fixture) : RealClientTests(fixture)
{
    protected override string ClientName => "chromium";

    protected override async Task<JsonElement> RunAsync(string scenario, int port)
    {
        await ExternalClient.EnsureBrowserPackagesAsync();
        return await ExternalClient.RunAsync("node", TimeSpan.FromSeconds(90), ExternalClient.Script("browser_client.js"), scenario, port.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
