using System.Globalization;
using System.Net.WebSockets;
using System.Text;

namespace AttrWs.Handshake;

/// <summary>
/// permessage-deflate negotiation (RFC 7692): reads the client's offers in order, accepts the first one it can honour
/// within the server's limits, and maps it onto <see cref="WebSocketDeflateOptions"/> plus the response value.
/// An offer with an unknown or repeated parameter or an invalid value is declined (skipped), never fatal.
/// </summary>
/// <remarks>
/// .NET's managed deflate (zlib) rejects a window of 8 bits. A client that asks the server for
/// <c>server_max_window_bits=8</c> is therefore declined (the server could not keep that promise); a server limit of 8
/// is answered as 9, which the RFC lets a server choose freely; a client announcing <c>client_max_window_bits=8</c>
/// is inflated with the default window, which decodes any smaller window.
/// </remarks>
internal static class DeflateNegotiator
{
    /// <summary>The extension token.</summary>
    public const string ExtensionName = "permessage-deflate";

    private const int MinSupportedWindowBits = 9;
    private const int MaxWindowBits = 15;

    /// <summary>Whether deflate may be negotiated for <paramref name="endpoint"/> under <paramref name="options"/>.</summary>
    internal static bool IsEnabled(WebSocketEndpoint endpoint, HandshakeSettings options) =>
        endpoint.Deflate == DeflateMode.Enabled || (endpoint.Deflate == DeflateMode.Default && options.EnableDeflate);

    /// <summary>Negotiates over every <c>Sec-WebSocket-Extensions</c> field.</summary>
    /// <param name="headers">The request headers.</param>
    /// <param name="options">The server limits.</param>
    /// <param name="result">The accepted parameters, when some offer was acceptable.</param>
    /// <returns>True when an offer was accepted.</returns>
    internal static bool TryNegotiate(HttpHeaderCollection headers, HandshakeSettings options, out DeflateNegotiation result)
    {
        for (var i = headers.IndexOf(KnownHeaderNames.SecWebSocketExtensions, 0); i >= 0; i = headers.IndexOf(KnownHeaderNames.SecWebSocketExtensions, i + 1))
        {
            ReadOnlySpan<char> rest = headers[i].Value;
            while (HeaderTokenizer.TryReadElement(ref rest, out var element))
            {
                if (HeaderTokenizer.TryReadToken(element, out var token, out var parameters)
                    && token.Equals(ExtensionName, StringComparison.OrdinalIgnoreCase)
                    && TryAccept(parameters, options, out result))
                {
                    return true;
                }
            }
        }

        result = default;
        return false;
    }

    /// <summary>Accepts one offer's parameters, or declines it.</summary>
    internal static bool TryAccept(ReadOnlySpan<char> parameters, HandshakeSettings options, out DeflateNegotiation result)
    {
        result = default;
        var serverNoTakeover = false;
        var clientNoTakeover = false;
        var serverBits = 0;          // 0: not offered
        var clientBitsOffered = false;
        var clientBits = 0;          // 0: offered without a value
        var seen = 0;
        while (true)
        {
            var read = HeaderTokenizer.TryReadParameter(ref parameters, out var name, out var value, out var hasValue);
            if (read == ParameterRead.End)
            {
                break;
            }

            if (read == ParameterRead.Malformed)
            {
                return false;
            }

            int flag;
            if (name.Equals("server_no_context_takeover", StringComparison.OrdinalIgnoreCase))
            {
                flag = 1;
                serverNoTakeover = true;
            }
            else if (name.Equals("client_no_context_takeover", StringComparison.OrdinalIgnoreCase))
            {
                flag = 2;
                clientNoTakeover = true;
            }
            else if (name.Equals("server_max_window_bits", StringComparison.OrdinalIgnoreCase))
            {
                flag = 4;
                if (!hasValue || !TryParseWindowBits(value, out serverBits))
                {
                    return false;
                }
            }
            else if (name.Equals("client_max_window_bits", StringComparison.OrdinalIgnoreCase))
            {
                flag = 8;
                clientBitsOffered = true;
                if (hasValue && !TryParseWindowBits(value, out clientBits))
                {
                    return false;
                }
            }
            else
            {
                return false; // unknown parameter: decline this offer
            }

            if ((seen & flag) != 0 || (flag <= 2 && hasValue))
            {
                return false; // duplicate parameter, or a value on a *_no_context_takeover flag
            }

            seen |= flag;
        }

        // The client asked the server to compress with at most serverBits; zlib cannot go below 9.
        if (serverBits is > 0 and < MinSupportedWindowBits)
        {
            return false;
        }

        var serverLimit = Math.Max(options.DeflateServerMaxWindowBits, MinSupportedWindowBits);
        var effectiveServerBits = serverBits > 0 ? Math.Min(serverBits, serverLimit) : serverLimit;
        var answerServerBits = serverBits > 0 || effectiveServerBits < MaxWindowBits;

        // A client value is a promise about its own window; the server only echoes one it can inflate with.
        var effectiveClientBits = clientBits >= MinSupportedWindowBits ? clientBits : MaxWindowBits;
        var answerClientBits = clientBitsOffered && clientBits >= MinSupportedWindowBits;

        var serverTakeover = !serverNoTakeover && options.DeflateAllowContextTakeover;
        var clientTakeover = !clientNoTakeover && options.DeflateAllowContextTakeover;

        result = new DeflateNegotiation(effectiveServerBits, effectiveClientBits, serverTakeover, clientTakeover, answerServerBits, answerClientBits);
        return true;
    }

    private static bool TryParseWindowBits(ReadOnlySpan<char> value, out int bits)
    {
        // 1*DIGIT without leading zeros, 8..15 (RFC 7692 §7.1.2).
        bits = 0;
        if (value.Length is < 1 or > 2 || value[0] == '0')
        {
            return false;
        }

        return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out bits) && bits is >= 8 and <= MaxWindowBits;
    }
}

/// <summary>An accepted permessage-deflate offer.</summary>
/// <param name="ServerMaxWindowBits">The window the server compresses with.</param>
/// <param name="ClientMaxWindowBits">The window the server inflates with.</param>
/// <param name="ServerContextTakeover">Whether the server keeps its compression context between messages.</param>
/// <param name="ClientContextTakeover">Whether the client may keep its compression context.</param>
/// <param name="AnswerServerMaxWindowBits">Whether the response carries <c>server_max_window_bits</c>.</param>
/// <param name="AnswerClientMaxWindowBits">Whether the response carries <c>client_max_window_bits</c> (only if offered).</param>
internal readonly record struct DeflateNegotiation(
    int ServerMaxWindowBits,
    int ClientMaxWindowBits,
    bool ServerContextTakeover,
    bool ClientContextTakeover,
    bool AnswerServerMaxWindowBits,
    bool AnswerClientMaxWindowBits)
{
    /// <summary>The options for <see cref="WebSocketCreationOptions.DangerousDeflateOptions"/> on the server side.</summary>
    public WebSocketDeflateOptions ToOptions() => new()
    {
        ServerMaxWindowBits = ServerMaxWindowBits,
        ClientMaxWindowBits = ClientMaxWindowBits,
        ServerContextTakeover = ServerContextTakeover,
        ClientContextTakeover = ClientContextTakeover,
    };

    /// <summary>The <c>Sec-WebSocket-Extensions</c> response value.</summary>
    public string ToResponseValue()
    {
        var builder = new StringBuilder(DeflateNegotiator.ExtensionName, 96);
        if (!ServerContextTakeover)
        {
            builder.Append("; server_no_context_takeover");
        }

        if (!ClientContextTakeover)
        {
            builder.Append("; client_no_context_takeover");
        }

        if (AnswerServerMaxWindowBits)
        {
            builder.Append("; server_max_window_bits=").Append(ServerMaxWindowBits.ToString(CultureInfo.InvariantCulture));
        }

        if (AnswerClientMaxWindowBits)
        {
            builder.Append("; client_max_window_bits=").Append(ClientMaxWindowBits.ToString(CultureInfo.InvariantCulture));
        }

        return builder.ToString();
    }
}
