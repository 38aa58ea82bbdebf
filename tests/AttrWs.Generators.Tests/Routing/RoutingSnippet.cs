namespace AttrWs.Generators.Tests.Routing;

/// <summary>
/// The endpoints every routing behaviour test compiles. Class <c>E</c> uses string parameters only, so the runtime table
/// (which knows templates, not C# types) must agree with the generated matcher on it; class <c>T</c> has typed route
/// parameters, whose implicit constraints only the generated matcher knows.
/// </summary>
internal static class RoutingSnippet
{
    public const string TypedClass = "App.T";

    public const string Source = """
        using System;
        using System.Globalization;
        using System.Threading;
        using System.Threading.Tasks;
        using AttrWs;

        namespace App;

        public static class E
        {
            [WebSocketEndpoint("/")] public static void Root() { }
            [WebSocketEndpoint("/echo")] public static void Echo() { }
            [WebSocketEndpoint("/chat/{room}")] public static void ChatRoom(string room) { }
            [WebSocketEndpoint("/chat/lobby")] public static void ChatLobby() { }
            [WebSocketEndpoint("/chat/{id:int}")] public static void ChatInt(string id) { }
            [WebSocketEndpoint("/items/{id:long}")] public static void Long(string id) { }
            [WebSocketEndpoint("/guids/{id:guid}")] public static void GuidRoute(string id) { }
            [WebSocketEndpoint("/flags/{on:bool}")] public static void Flag(string on) { }
            [WebSocketEndpoint("/names/{name:alpha}")] public static void Alpha(string name) { }
            [WebSocketEndpoint("/codes/{code:length(3)}")] public static void Code(string code) { }
            [WebSocketEndpoint("/words/{word:length(2,4)}")] public static void Word(string word) { }
            [WebSocketEndpoint("/ages/{age:min(18)}")] public static void Age(string age) { }
            [WebSocketEndpoint("/levels/{level:max(10)}")] public static void Level(string level) { }
            [WebSocketEndpoint("/ranks/{rank:range(1,5)}")] public static void Rank(string rank) { }
            [WebSocketEndpoint("/multi/{id:int:min(1)}")] public static void Multi(string id) { }
            [WebSocketEndpoint("/docs")] public static void Docs() { }
            [WebSocketEndpoint("/docs/{page?}")] public static void DocsPage(string? page) { }
            [WebSocketEndpoint("/help/{topic?}")] public static void Help(string? topic) { }
            [WebSocketEndpoint("/pages/{n:int?}")] public static void PageNumber(string? n) { }
            [WebSocketEndpoint("/files/{*path}")] public static void Files(string path) { }
            [WebSocketEndpoint("/files/special")] public static void FilesSpecial() { }
            [WebSocketEndpoint("/users/{userId}/posts/{postId:int}")] public static void UserPost(string userId, string postId) { }
            [WebSocketEndpoint("/users/{userId}/profile")] public static void UserProfile(string userId) { }
            [WebSocketEndpoint("/users/admin/posts/{slug}")] public static void AdminPost(string slug) { }
            [WebSocketEndpoint("/{tenant}/dashboard")] public static void Dashboard(string tenant) { }
            [WebSocketEndpoint("/api/{*rest}")] public static void Api(string rest) { }
            [WebSocketEndpoint("/api/v1/{name:alpha}")] public static void ApiV1(string name) { }
            [WebSocketEndpoint("/proto", SubProtocols = "v2")] public static void ProtoV2() { }
            [WebSocketEndpoint("/proto", SubProtocols = "v1, v1.legacy")] public static void ProtoV1() { }
            [WebSocketEndpoint("/Case/Sensitive")] public static void Case() { }
            [WebSocketEndpoint("/mixed/{a:int}/x")] public static void MixedIntX(string a) { }
            [WebSocketEndpoint("/mixed/{b:alpha}/{c}")] public static void MixedAlpha(string b, string c) { }
            [WebSocketEndpoint("/mixed/{d:min(0)}/{e}")] public static void MixedMin(string d, string e) { }
            [WebSocketEndpoint("/deep/{*rest}")] public static void DeepRest(string rest) { }
            [WebSocketEndpoint("/deep/{a}/{b}/{c}/{d}")] public static void Deep4(string a, string b, string c, string d) { }
            [WebSocketEndpoint("/five/{a}/{b}/{c}/{d}/{e?}")] public static void Five(string a, string b, string c, string d, string? e) { }
            [WebSocketEndpoint("/opt2/{x}/{y?}")] public static void Opt2(string x, string? y) { }
        }

        public readonly record struct Color(string Name)
        {
            public static bool TryParse(string value, out Color color)
            {
                color = new Color(value);
                return value is "red" or "green" or "blue";
            }
        }

        public readonly record struct Celsius(int Degrees)
        {
            public static bool TryParse(string value, IFormatProvider? provider, out Celsius celsius)
            {
                celsius = default;
                if (!value.EndsWith('C') || !int.TryParse(value.AsSpan(0, value.Length - 1), NumberStyles.AllowLeadingSign, provider, out var degrees))
                {
                    return false;
                }

                celsius = new Celsius(degrees);
                return true;
            }
        }

        public static class T
        {
            [WebSocketEndpoint("/t/int/{n}")] public static void Int(int n) { }
            [WebSocketEndpoint("/t/int/{*rest}")] public static void IntRest(string rest) { }
            [WebSocketEndpoint("/t/long/{n}")] public static void Long(long n) { }
            [WebSocketEndpoint("/t/guid/{g}")] public static void Guid(System.Guid g) { }
            [WebSocketEndpoint("/t/bool/{b}")] public static void Bool(bool b) { }
            [WebSocketEndpoint("/t/opt/{n?}")] public static void Opt(int? n) { }
            [WebSocketEndpoint("/t/color/{c}")] public static void Paint(Color c) { }
            [WebSocketEndpoint("/t/temp/{t}")] public static void Temp(Celsius t) { }
            [WebSocketEndpoint("/t/shared/{v}", SubProtocols = "a")] public static void SharedInt(int v) { }
            [WebSocketEndpoint("/t/shared/{v}", SubProtocols = "b")] public static void SharedLong(long v) { }
        }
        """;
}
