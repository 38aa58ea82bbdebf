using System.Globalization;
using System.Net;

namespace AttrWs.Hosting;

/// <summary>
/// The bindable form of <see cref="WebSocketServerOptions"/> (configuration section <c>AttrWs</c>). Each property writes
/// through to the options it wraps, so only the keys present in configuration change what code configured before.
/// Listen addresses: <c>Address</c> + <c>Port</c>, or a list <c>Listen:0:Address</c>, <c>Listen:0:Port</c>.
/// </summary>
internal sealed class AttrWsConfiguration
{
    private readonly WebSocketServerOptions _options;

    public AttrWsConfiguration(WebSocketServerOptions options)
    {
        _options = options;
        Handshake = new HandshakeConfiguration(options);
        Security = new SecurityConfiguration(options);
    }

    /// <summary>One listen address: <c>127.0.0.1</c>, <c>::1</c>, <c>localhost</c>, <c>*</c> (every IPv4 address) or <c>[::]</c>.</summary>
    public string? Address { get; set; }

    /// <summary>The port of <see cref="Address"/>; 0 picks a free port.</summary>
    public int? Port { get; set; }

    /// <summary>Several listen addresses.</summary>
    public List<ListenConfiguration> Listen { get; } = [];

    public int Backlog
    {
        get => _options.Backlog;
        set => _options.Backlog = value;
    }

    public WebSocketServerLimits Limits => _options.Limits;

    public HandshakeConfiguration Handshake { get; }

    public SecurityConfiguration Security { get; }

    /// <summary>Replaces the options' listen addresses when configuration names any (later sources override earlier ones).</summary>
    public void ApplyListenAddresses(string sectionPath)
    {
        var endPoints = new List<IPEndPoint>();
        if (Address is not null || Port is not null)
        {
            endPoints.Add(EndPoint(Address, Port, $"{sectionPath}:Address", $"{sectionPath}:Port"));
        }

        for (var i = 0; i < Listen.Count; i++)
        {
            var prefix = string.Create(CultureInfo.InvariantCulture, $"{sectionPath}:Listen:{i}");
            endPoints.Add(EndPoint(Listen[i].Address, Listen[i].Port, $"{prefix}:Address", $"{prefix}:Port"));
        }

        if (endPoints.Count == 0)
        {
            return;
        }

        _options.ListenEndPoints.Clear();
        foreach (var endPoint in endPoints)
        {
            _options.ListenEndPoints.Add(endPoint);
        }
    }

    private static IPEndPoint EndPoint(string? address, int? port, string addressKey, string portKey)
    {
        var value = port ?? WebSocketServerOptions.DefaultPort;
        if (value is < 0 or > 65535)
        {
            throw new InvalidOperationException(
                string.Create(CultureInfo.InvariantCulture, $"{portKey} is {value}: set a port from 0 (any free port) to 65535."));
        }

        return new IPEndPoint(ParseAddress(address, addressKey), value);
    }

    private static IPAddress ParseAddress(string? address, string key)
    {
        var text = address?.Trim();
        if (string.IsNullOrEmpty(text) || string.Equals(text, "localhost", StringComparison.OrdinalIgnoreCase))
        {
            return IPAddress.Loopback;
        }

        if (text == "*")
        {
            return IPAddress.Any;
        }

        if (IPAddress.TryParse(text, out var parsed))
        {
            return parsed;
        }

        throw new InvalidOperationException(
            $"{key} is '{address}': use an IP address (127.0.0.1, ::1, 0.0.0.0, [::]), 'localhost' or '*' (every IPv4 address).");
    }
}

/// <summary>One entry of <c>AttrWs:Listen</c>.</summary>
internal sealed class ListenConfiguration
{
    public string? Address { get; set; }

    public int? Port { get; set; }
}

/// <summary>The bindable part of <see cref="WebSocketServerOptions.Handshake"/> (hooks are code only).</summary>
internal sealed class HandshakeConfiguration(WebSocketServerOptions options)
{
    public bool EnableDeflate
    {
        get => options.Handshake.EnableDeflate;
        set => options.Handshake.EnableDeflate = value;
    }

    public int DeflateServerMaxWindowBits
    {
        get => options.Handshake.DeflateServerMaxWindowBits;
        set => options.Handshake.DeflateServerMaxWindowBits = value;
    }

    public bool DeflateAllowContextTakeover
    {
        get => options.Handshake.DeflateAllowContextTakeover;
        set => options.Handshake.DeflateAllowContextTakeover = value;
    }
}

/// <summary>The bindable part of <see cref="WebSocketServerOptions.Security"/> (authenticators and policies are code only).</summary>
internal sealed class SecurityConfiguration(WebSocketServerOptions options)
{
    public IList<string> AllowedHosts => options.Security.AllowedHosts;

    public OriginsConfiguration Origins { get; } = new(options);
}

/// <summary>The bindable part of <c>Security.Origins</c>.</summary>
internal sealed class OriginsConfiguration(WebSocketServerOptions options)
{
    public IList<string> AllowedOrigins => options.Security.Origins.AllowedOrigins;

    public bool AllowMissingOrigin
    {
        get => options.Security.Origins.AllowMissingOrigin;
        set => options.Security.Origins.AllowMissingOrigin = value;
    }
}
