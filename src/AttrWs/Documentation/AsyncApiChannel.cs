using AttrWs.Routing.Template;

namespace AttrWs.Documentation;

/// <summary>
/// One channel of the document: every endpoint of one route template (endpoints share a template when their
/// subprotocols differ), its address and parameters, and the messages of its subprotocols.
/// </summary>
internal sealed class AsyncApiChannel
{
    private AsyncApiChannel(string key, string template, string address, List<RouteSegment> parameters, List<WebSocketEndpoint> endpoints, List<AsyncApiMessage> messages)
    {
        Key = key;
        Template = template;
        Address = address;
        Parameters = parameters;
        Endpoints = endpoints;
        Messages = messages;
    }

    /// <summary>The key in <c>channels</c>.</summary>
    public string Key { get; }

    /// <summary>The route template as written (constraints included).</summary>
    public string Template { get; }

    /// <summary>The address: the template with each parameter as <c>{name}</c>.</summary>
    public string Address { get; }

    /// <summary>The template's parameters, left to right.</summary>
    public List<RouteSegment> Parameters { get; }

    /// <summary>The endpoints, by name.</summary>
    public List<WebSocketEndpoint> Endpoints { get; }

    /// <summary>The messages: a text and a binary message per subprotocol (and for no subprotocol, when an endpoint runs without one).</summary>
    public List<AsyncApiMessage> Messages { get; }

    /// <summary>The messages <paramref name="endpoint"/> (one of <see cref="Endpoints"/>) exchanges.</summary>
    public IEnumerable<AsyncApiMessage> MessagesOf(WebSocketEndpoint endpoint)
    {
        foreach (var message in Messages)
        {
            if (message.SubProtocol is null ? RunsWithoutSubProtocol(endpoint) : endpoint.SubProtocols.Contains(message.SubProtocol))
            {
                yield return message;
            }
        }
    }

    /// <summary>The channels of <paramref name="endpoints"/>, ordered by template (ordinal), with unique keys.</summary>
    /// <exception cref="ArgumentException">An endpoint's template does not parse.</exception>
    public static List<AsyncApiChannel> Build(IEnumerable<WebSocketEndpoint> endpoints)
    {
        var byTemplate = new SortedDictionary<string, List<WebSocketEndpoint>>(StringComparer.Ordinal);
        foreach (var endpoint in endpoints)
        {
            ArgumentNullException.ThrowIfNull(endpoint, nameof(endpoints));
            if (!byTemplate.TryGetValue(endpoint.Template, out var list))
            {
                byTemplate.Add(endpoint.Template, list = []);
            }

            list.Add(endpoint);
        }

        var keys = new HashSet<string>(StringComparer.Ordinal);
        var channels = new List<AsyncApiChannel>(byTemplate.Count);
        foreach (var (template, list) in byTemplate)
        {
            var parsed = RouteTemplateParser.Parse(template, out var error)
                ?? throw new ArgumentException($"The endpoint template '{template}' is not valid: {error?.Message}", nameof(endpoints));
            list.Sort(static (a, b) =>
            {
                var byName = string.CompareOrdinal(a.Name, b.Name);
                return byName != 0 ? byName : string.CompareOrdinal(string.Join(',', a.SubProtocols), string.Join(',', b.SubProtocols));
            });

            var address = new System.Text.StringBuilder();
            var key = new System.Text.StringBuilder();
            foreach (var segment in parsed.Segments)
            {
                var name = segment.Kind == RouteSegmentKind.Literal ? segment.Text : "{" + segment.Text + "}";
                address.Append('/').Append(name);
                key.Append(key.Length == 0 ? "" : "_").Append(segment.Text);
            }

            channels.Add(new AsyncApiChannel(
                AsyncApiNames.Unique(key.Length == 0 ? "root" : AsyncApiNames.ToKey(key.ToString()), keys),
                template,
                address.Length == 0 ? "/" : address.ToString(),
                parsed.GetParameters(),
                list,
                MessagesFor(list)));
        }

        return channels;
    }

    private static List<AsyncApiMessage> MessagesFor(List<WebSocketEndpoint> endpoints)
    {
        var subProtocols = new List<string?>();
        foreach (var endpoint in endpoints)
        {
            foreach (var subProtocol in endpoint.SubProtocols)
            {
                if (!subProtocols.Contains(subProtocol))
                {
                    subProtocols.Add(subProtocol);
                }
            }

            if (RunsWithoutSubProtocol(endpoint) && !subProtocols.Contains(null))
            {
                subProtocols.Add(null);
            }
        }

        var keys = new HashSet<string>(StringComparer.Ordinal);
        var messages = new List<AsyncApiMessage>(subProtocols.Count * 2);
        foreach (var subProtocol in subProtocols)
        {
            var prefix = subProtocol is null ? "" : AsyncApiNames.ToKey(subProtocol) + ".";
            messages.Add(new AsyncApiMessage(AsyncApiNames.Unique(prefix + "text", keys), subProtocol, Binary: false));
            messages.Add(new AsyncApiMessage(AsyncApiNames.Unique(prefix + "binary", keys), subProtocol, Binary: true));
        }

        return messages;
    }

    private static bool RunsWithoutSubProtocol(WebSocketEndpoint endpoint) => endpoint.SubProtocols.Count == 0 || endpoint.AllowMissingSubProtocol;
}

/// <summary>A message of a channel: text or binary frames on one subprotocol (null: none negotiated).</summary>
/// <param name="Key">The key in the channel's <c>messages</c>.</param>
/// <param name="SubProtocol">The subprotocol, or null.</param>
/// <param name="Binary">True for binary messages, false for text.</param>
internal sealed record AsyncApiMessage(string Key, string? SubProtocol, bool Binary);
