using System.Text.Json;
using AttrWs.Documentation;
using AttrWs.Security;
using static AttrWs.Tests.Documentation.AsyncApiTestKit;

namespace AttrWs.Tests.Documentation;

/// <summary>The structure of the AsyncAPI document of generated endpoints (<see cref="DocumentedEndpoints"/>, <see cref="RoomEndpoints"/>).</summary>
public class AsyncApiDocumentTests
{
    private static readonly JsonElement Rich = Document(RichOptions());

    [Fact]
    public void Document_is_AsyncAPI_3_0_0_with_the_options_info_and_servers()
    {
        Assert.Equal("3.0.0", Rich.GetProperty("asyncapi").GetString());
        var info = Rich.GetProperty("info");
        Assert.Equal("Chat", info.GetProperty("title").GetString());
        Assert.Equal("2.1.0", info.GetProperty("version").GetString());
        Assert.Equal("Rooms, versions and roles.", info.GetProperty("description").GetString());

        var servers = Rich.GetProperty("servers");
        Assert.Equal(["local", "production"], Keys(servers));
        var local = servers.GetProperty("local");
        Assert.Equal("127.0.0.1:5000", local.GetProperty("host").GetString());
        Assert.Equal("ws", local.GetProperty("protocol").GetString());
        Assert.False(local.TryGetProperty("pathname", out _));
        var production = servers.GetProperty("production");
        Assert.Equal("wss", production.GetProperty("protocol").GetString());
        Assert.Equal("/realtime", production.GetProperty("pathname").GetString());
        Assert.Equal("13", production.GetProperty("protocolVersion").GetString());
    }

    [Fact]
    public void One_channel_per_template_ordered_by_template_with_parameters_as_expressions()
    {
        var channels = Rich.GetProperty("channels");
        Assert.Equal(["admin_room", "chat_room", "echo", "feed_page", "files_path", "items_id_live", "rooms_lobby", "rooms_id_live"], Keys(channels));
        Assert.Equal(
            ["/admin/{room}", "/chat/{room}", "/echo", "/feed/{page}", "/files/{path}", "/items/{id}/{live}", "/rooms/lobby", "/rooms/{id}/live"],
            channels.EnumerateObject().Select(c => c.Value.GetProperty("address").GetString()));
        Assert.Equal("/items/{id:int:range(1,100)}/{live:bool}", channels.GetProperty("items_id_live").GetProperty("x-attrws-template").GetString());
        Assert.Equal("/rooms/{id:guid}/live", channels.GetProperty("rooms_id_live").GetProperty("x-attrws-template").GetString());
        Assert.False(channels.GetProperty("echo").TryGetProperty("parameters", out _));
    }

    [Fact]
    public void Parameters_describe_their_constraints_and_bool_has_an_enum()
    {
        var items = Rich.GetProperty("channels").GetProperty("items_id_live").GetProperty("parameters");
        Assert.Equal(["id", "live"], Keys(items));
        var id = items.GetProperty("id");
        Assert.Contains("Constraints int, range(1,100).", id.GetProperty("description").GetString());
        Assert.Contains("Bound as int.", id.GetProperty("description").GetString());
        Assert.Equal(["int", "range(1,100)"], Strings(id.GetProperty("x-attrws-constraints")));
        Assert.False(id.TryGetProperty("enum", out _));
        var live = items.GetProperty("live");
        Assert.Equal(["true", "false"], Strings(live.GetProperty("enum")));

        var channels = Rich.GetProperty("channels");
        Assert.Contains("Constraint length(1,32).", channels.GetProperty("chat_room").GetProperty("parameters").GetProperty("room").GetProperty("description").GetString());
        Assert.Contains("Constraint guid.", channels.GetProperty("rooms_id_live").GetProperty("parameters").GetProperty("id").GetProperty("description").GetString());
        Assert.Contains("the rest of the path", channels.GetProperty("files_path").GetProperty("parameters").GetProperty("path").GetProperty("description").GetString());
        var page = channels.GetProperty("feed_page").GetProperty("parameters").GetProperty("page");
        Assert.Contains("Optional", page.GetProperty("description").GetString());
        Assert.Equal(["int"], Strings(page.GetProperty("x-attrws-constraints")));
    }

    [Fact]
    public void Two_methods_on_one_template_share_the_channel_and_each_operation_has_its_subprotocol_messages()
    {
        var chat = Rich.GetProperty("channels").GetProperty("chat_room");
        Assert.Equal(["chat.v1.text", "chat.v1.binary", "chat.v2.text", "chat.v2.binary"], Keys(chat.GetProperty("messages")));
        var v2Text = chat.GetProperty("messages").GetProperty("chat.v2.text");
        Assert.Equal("chat.v2", v2Text.GetProperty("x-attrws-subprotocol").GetString());
        Assert.Equal("text/plain", v2Text.GetProperty("contentType").GetString());
        Assert.Equal("string", v2Text.GetProperty("payload").GetProperty("type").GetString());
        var v2Binary = chat.GetProperty("messages").GetProperty("chat.v2.binary");
        Assert.Equal("binary", v2Binary.GetProperty("payload").GetProperty("format").GetString());

        var operations = Rich.GetProperty("operations");
        foreach (var (method, version) in new[] { ("ChatV1Async", "chat.v1"), ("ChatV2Async", "chat.v2") })
        {
            foreach (var action in new[] { "receive", "send" })
            {
                var operation = operations.GetProperty("DocumentedEndpoints." + method + "." + action);
                Assert.Equal(action, operation.GetProperty("action").GetString());
                Assert.Equal("#/channels/chat_room", operation.GetProperty("channel").GetProperty("$ref").GetString());
                Assert.Equal(
                    ["#/channels/chat_room/messages/" + version + ".text", "#/channels/chat_room/messages/" + version + ".binary"],
                    References(operation.GetProperty("messages")));
                Assert.Equal([version], Strings(operation.GetProperty("x-attrws-subprotocols")));
            }
        }

        var headers = chat.GetProperty("bindings").GetProperty("ws").GetProperty("headers");
        Assert.Equal("object", headers.GetProperty("type").GetString());
        Assert.Contains("chat.v1, chat.v2", headers.GetProperty("properties").GetProperty("Sec-WebSocket-Protocol").GetProperty("description").GetString());
        Assert.Equal(["Sec-WebSocket-Protocol"], Strings(headers.GetProperty("required")));
    }

    [Fact]
    public void An_optional_subprotocol_adds_the_messages_without_one_and_the_header_is_not_required()
    {
        var feed = Rich.GetProperty("channels").GetProperty("feed_page");
        Assert.Equal(["feed.json.text", "feed.json.binary", "text", "binary"], Keys(feed.GetProperty("messages")));
        Assert.False(feed.GetProperty("bindings").GetProperty("ws").GetProperty("headers").TryGetProperty("required", out _));

        var receive = Rich.GetProperty("operations").GetProperty("feed_stream.receive");
        Assert.Equal(4, receive.GetProperty("messages").GetArrayLength());
        Assert.Equal("feed stream", receive.GetProperty("x-attrws-endpoint").GetString());
        Assert.True(receive.GetProperty("x-attrws-subprotocol-optional").GetBoolean());
    }

    [Fact]
    public void The_ws_binding_is_version_0_1_0_GET_and_names_the_query_token_where_one_applies()
    {
        foreach (var channel in Rich.GetProperty("channels").EnumerateObject())
        {
            var ws = channel.Value.GetProperty("bindings").GetProperty("ws");
            Assert.Equal("0.1.0", ws.GetProperty("bindingVersion").GetString());
            Assert.Equal("GET", ws.GetProperty("method").GetString());
            var expectQuery = channel.Name is "admin_room" or "chat_room" or "items_id_live";
            Assert.True(expectQuery == ws.TryGetProperty("query", out var query), channel.Name);
            if (expectQuery)
            {
                Assert.Equal(["access_token"], Keys(query.GetProperty("properties")));
            }
        }
    }

    [Fact]
    public void Security_schemes_come_from_the_authenticators()
    {
        var schemes = Rich.GetProperty("components").GetProperty("securitySchemes");
        Assert.Equal(["Cookie", "Bearer", "Bearer.query", "Basic"], Keys(schemes));
        var cookie = schemes.GetProperty("Cookie");
        Assert.Equal(("httpApiKey", "session", "cookie"), (cookie.GetProperty("type").GetString(), cookie.GetProperty("name").GetString(), cookie.GetProperty("in").GetString()));
        var bearer = schemes.GetProperty("Bearer");
        Assert.Equal(("http", "bearer"), (bearer.GetProperty("type").GetString(), bearer.GetProperty("scheme").GetString()));
        Assert.Contains("bearer.<token>", bearer.GetProperty("description").GetString());
        var query = schemes.GetProperty("Bearer.query");
        Assert.Equal(("httpApiKey", "access_token", "query"), (query.GetProperty("type").GetString(), query.GetProperty("name").GetString(), query.GetProperty("in").GetString()));
        Assert.Equal("Bearer", query.GetProperty("x-attrws-scheme").GetString());
        var basic = schemes.GetProperty("Basic");
        Assert.Equal(("http", "basic"), (basic.GetProperty("type").GetString(), basic.GetProperty("scheme").GetString()));
    }

    [Theory]
    [InlineData("DocumentedEndpoints.ChatV2Async", new[] { "Cookie", "Bearer", "Bearer.query", "Basic" })]
    [InlineData("DocumentedEndpoints.AdminAsync", new[] { "Cookie", "Bearer", "Bearer.query", "Basic" })]
    [InlineData("DocumentedEndpoints.ItemAsync", new[] { "Bearer", "Bearer.query" })]
    [InlineData("RoomEndpoints.LiveAsync", new[] { "Cookie" })]
    public void Endpoints_that_require_authentication_list_the_schemes_their_Authorize_allows(string endpoint, string[] schemes)
    {
        foreach (var action in new[] { "receive", "send" })
        {
            var operation = Rich.GetProperty("operations").GetProperty(endpoint + "." + action);
            Assert.Equal(schemes.Select(s => "#/components/securitySchemes/" + s), References(operation.GetProperty("security")));
            Assert.True(operation.TryGetProperty("x-attrws-authorization", out _));
            Assert.Contains("Requires an authenticated caller", operation.GetProperty("description").GetString());
        }
    }

    [Theory]
    [InlineData("DocumentedEndpoints.EchoAsync")]
    [InlineData("DocumentedEndpoints.FilesAsync")]
    [InlineData("RoomEndpoints.LobbyAsync")]
    [InlineData("feed_stream")]
    public void Anonymous_endpoints_have_no_security(string endpoint)
    {
        foreach (var action in new[] { "receive", "send" })
        {
            var operation = Rich.GetProperty("operations").GetProperty(endpoint + "." + action);
            Assert.False(operation.TryGetProperty("security", out _));
            Assert.False(operation.TryGetProperty("x-attrws-authorization", out _));
            Assert.Contains("Anonymous", operation.GetProperty("description").GetString());
        }
    }

    [Fact]
    public void Roles_policies_and_schemes_are_named_in_the_description_and_the_extension()
    {
        var operations = Rich.GetProperty("operations");
        var admin = operations.GetProperty("DocumentedEndpoints.AdminAsync.receive");
        Assert.Contains("one of the roles 'admin', 'owner'", admin.GetProperty("description").GetString());
        var requirement = Assert.Single(admin.GetProperty("x-attrws-authorization").GetProperty("requirements").EnumerateArray());
        Assert.Equal(["admin", "owner"], Strings(requirement.GetProperty("roles")));

        var item = operations.GetProperty("DocumentedEndpoints.ItemAsync.send");
        Assert.Contains("policy 'staff'", item.GetProperty("description").GetString());
        Assert.Contains("authenticated by 'Bearer'", item.GetProperty("description").GetString());
        requirement = Assert.Single(item.GetProperty("x-attrws-authorization").GetProperty("requirements").EnumerateArray());
        Assert.Equal("staff", requirement.GetProperty("policy").GetString());
        Assert.Equal(["Bearer"], Strings(requirement.GetProperty("schemes")));
    }

    [Fact]
    public void Extensions_name_the_class_method_deflate_and_origins()
    {
        var operations = Rich.GetProperty("operations");
        var v2 = operations.GetProperty("DocumentedEndpoints.ChatV2Async.receive");
        Assert.Equal("AttrWs.Tests.Documentation.DocumentedEndpoints", v2.GetProperty("x-attrws-class").GetString());
        Assert.Equal("ChatV2Async", v2.GetProperty("x-attrws-method").GetString());
        Assert.Equal("enabled", v2.GetProperty("x-attrws-deflate").GetString());
        Assert.Equal("disabled", operations.GetProperty("DocumentedEndpoints.EchoAsync.send").GetProperty("x-attrws-deflate").GetString());
        Assert.Equal("default", operations.GetProperty("DocumentedEndpoints.ChatV1Async.send").GetProperty("x-attrws-deflate").GetString());

        var live = operations.GetProperty("RoomEndpoints.LiveAsync.receive");
        Assert.Equal("AttrWs.Tests.Documentation.RoomEndpoints", live.GetProperty("x-attrws-class").GetString());
        Assert.Equal(["https://chat.example.com"], Strings(live.GetProperty("x-attrws-allowed-origins")));
        Assert.False(v2.TryGetProperty("x-attrws-allowed-origins", out _));
    }

    [Fact]
    public void Every_endpoint_has_a_receive_and_a_send_operation_in_channel_order()
    {
        var operations = Keys(Rich.GetProperty("operations"));
        Assert.Equal(Endpoints.Count * 2, operations.Length);
        Assert.Equal(
            [
                "DocumentedEndpoints.AdminAsync.receive", "DocumentedEndpoints.AdminAsync.send",
                "DocumentedEndpoints.ChatV1Async.receive", "DocumentedEndpoints.ChatV1Async.send",
                "DocumentedEndpoints.ChatV2Async.receive", "DocumentedEndpoints.ChatV2Async.send",
                "DocumentedEndpoints.EchoAsync.receive", "DocumentedEndpoints.EchoAsync.send",
                "feed_stream.receive", "feed_stream.send",
                "DocumentedEndpoints.FilesAsync.receive", "DocumentedEndpoints.FilesAsync.send",
                "DocumentedEndpoints.ItemAsync.receive", "DocumentedEndpoints.ItemAsync.send",
                "RoomEndpoints.LobbyAsync.receive", "RoomEndpoints.LobbyAsync.send",
                "RoomEndpoints.LiveAsync.receive", "RoomEndpoints.LiveAsync.send",
            ],
            operations);
    }

    [Fact]
    public void Output_is_the_same_text_whatever_the_order_of_the_endpoints()
    {
        var forward = AsyncApiDocument.ToJson(Endpoints, RichOptions());
        var reversed = AsyncApiDocument.ToJson(Endpoints.Reverse(), RichOptions());
        var shuffled = AsyncApiDocument.ToJson(Endpoints.OrderBy(e => e.Template.Length).ThenByDescending(e => e.Name, StringComparer.Ordinal), RichOptions());
        Assert.Equal(forward, reversed);
        Assert.Equal(forward, shuffled);
        Assert.DoesNotContain("\r", forward);
        Assert.Contains("'/echo'", forward);
    }

    [Fact]
    public void Without_options_the_document_has_defaults_no_servers_and_no_security()
    {
        var document = Document();
        Assert.Equal("WebSocket API", document.GetProperty("info").GetProperty("title").GetString());
        Assert.Equal("1.0.0", document.GetProperty("info").GetProperty("version").GetString());
        Assert.False(document.TryGetProperty("servers", out _));
        Assert.False(document.TryGetProperty("components", out _));

        // Authentication is still required: the extension says so, with no scheme to name.
        var chat = document.GetProperty("operations").GetProperty("DocumentedEndpoints.ChatV2Async.receive");
        Assert.False(chat.TryGetProperty("security", out _));
        Assert.True(chat.TryGetProperty("x-attrws-authorization", out _));
        Assert.False(document.GetProperty("channels").GetProperty("chat_room").GetProperty("bindings").GetProperty("ws").TryGetProperty("query", out _));
    }

    [Fact]
    public void Hand_registered_endpoints_get_keys_that_fit_and_are_unique()
    {
        static ValueTask Handler(WebSocketSession session) => ValueTask.CompletedTask;
        WebSocketEndpoint[] endpoints =
        [
            new("/", Handler) { Name = "home page" },
            new("/a~b", Handler) { Name = "home page", SubProtocols = ["x+y", "x_y"] },
            new("/a_b", Handler),
        ];

        var document = Document(endpoints: endpoints);
        var channels = document.GetProperty("channels");
        Assert.Equal(["root", "a_b", "a_b-2"], Keys(channels));
        Assert.Equal("/a~b", channels.GetProperty("a_b-2").GetProperty("address").GetString());
        Assert.Equal(["x_y.text", "x_y.binary", "x_y.text-2", "x_y.binary-2"], Keys(channels.GetProperty("a_b-2").GetProperty("messages")));
        Assert.Equal(["home_page.receive", "home_page.send", "_a_b.receive", "_a_b.send", "home_page.receive-2", "home_page.send-2"], Keys(document.GetProperty("operations")));
        var handRegistered = document.GetProperty("operations").GetProperty("_a_b.send");
        Assert.False(handRegistered.TryGetProperty("x-attrws-class", out _));
        Assert.False(handRegistered.TryGetProperty("x-attrws-method", out _));
    }

    [Fact]
    public void Write_uses_the_callers_writer()
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            AsyncApiDocument.Write(writer, Endpoints, RichOptions());
            writer.WriteEndArray();
        }

        using var parsed = JsonDocument.Parse(buffer.ToArray());
        var document = Assert.Single(parsed.RootElement.EnumerateArray());
        Assert.Equal("3.0.0", document.GetProperty("asyncapi").GetString());
        Assert.Equal(Keys(Rich.GetProperty("operations")), Keys(document.GetProperty("operations")));
    }

    [Fact]
    public void Bad_input_fails_with_a_message()
    {
        static ValueTask Handler(WebSocketSession session) => ValueTask.CompletedTask;
        var broken = Assert.Throws<ArgumentException>(() => AsyncApiDocument.ToJson([new WebSocketEndpoint("/chat/{room", Handler)]));
        Assert.Contains("/chat/{room", broken.Message);
        Assert.Throws<ArgumentException>(() => AsyncApiDocument.ToJson(Endpoints, new AsyncApiOptions { Title = " " }));
        Assert.Throws<ArgumentException>(() => new AsyncApiServer("local", "127.0.0.1:5000", "http"));
        Assert.Throws<ArgumentException>(() => new AsyncApiServer("my server", "127.0.0.1:5000"));
        Assert.Throws<ArgumentException>(() => new AsyncApiServer("local", "example.com/chat"));
        var twice = new AsyncApiOptions();
        twice.Servers.Add(new AsyncApiServer("local", "a.example"));
        twice.Servers.Add(new AsyncApiServer("local", "b.example"));
        Assert.Contains("'local'", Assert.Throws<ArgumentException>(() => AsyncApiDocument.ToJson(Endpoints, twice)).Message);
    }

    [Fact]
    public void Security_schemes_by_hand_and_from_authenticators_without_query_tokens()
    {
        var authentication = new WebSocketAuthenticationOptions().Add(new BearerAuthenticator(static _ => null) { Scheme = "Token", AllowQueryToken = false, SubProtocolPrefix = null });
        var options = new AsyncApiOptions().AddSecuritySchemes(authentication);
        options.SecuritySchemes.Add(AsyncApiSecurityScheme.Cookie("Cookies", ".AspNetCore.Cookies") with { Description = "ASP.NET Core's cookie." });
        options.SecuritySchemes.Add(AsyncApiSecurityScheme.Bearer("Jwt") with { BearerFormat = "JWT" });

        var schemes = Document(options).GetProperty("components").GetProperty("securitySchemes");
        Assert.Equal(["Token", "Cookies", "Jwt"], Keys(schemes));
        Assert.Equal("A bearer token in the Authorization header.", schemes.GetProperty("Token").GetProperty("description").GetString());
        Assert.Equal(".AspNetCore.Cookies", schemes.GetProperty("Cookies").GetProperty("name").GetString());
        Assert.Equal("ASP.NET Core's cookie.", schemes.GetProperty("Cookies").GetProperty("description").GetString());
        Assert.Equal("JWT", schemes.GetProperty("Jwt").GetProperty("bearerFormat").GetString());
    }
}
