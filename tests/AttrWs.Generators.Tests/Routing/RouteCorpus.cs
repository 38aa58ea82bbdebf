namespace AttrWs.Generators.Tests.Routing;

/// <summary>One path and what must match it: the endpoint names of the route (null: 404) and every route value.</summary>
public sealed record RouteCase(string Path, string[]? Endpoints, (string Name, string? Value)[] Values, bool TypedOnly)
{
    public override string ToString() => Path;
}

/// <summary>
/// The routing corpus (expected results written by hand from DESIGN §5), run against the generated matcher and against
/// <see cref="AttrWs.Routing.RuntimeRouteTable"/>. Each base path also runs with a query string and a trailing slash.
/// </summary>
internal static class RouteCorpus
{
    private static readonly List<RouteCase> BaseCases = [];

    static RouteCorpus()
    {
        // Root and literals (case-insensitive)
        Add("/", "E.Root");
        Add("/echo", "E.Echo");
        Add("/ECHO", "E.Echo");
        Add("/Echo", "E.Echo");
        None("/echo2");
        None("/ech");
        None("/echo/x");
        None("//");
        Add("/echo/dashboard", "E.Dashboard", ("tenant", "echo"));

        // Literal > constrained parameter > parameter
        Add("/chat/general", "E.ChatRoom", ("room", "general"));
        Add("/chat/lobby", "E.ChatLobby");
        Add("/CHAT/LOBBY", "E.ChatLobby");
        Add("/chat/Lobby", "E.ChatLobby");
        Add("/chat/42", "E.ChatInt", ("id", "42"));
        Add("/chat/-7", "E.ChatInt", ("id", "-7"));
        Add("/chat/+7", "E.ChatInt", ("id", "+7"));
        Add("/chat/2147483647", "E.ChatInt", ("id", "2147483647"));
        Add("/chat/-2147483648", "E.ChatInt", ("id", "-2147483648"));
        Add("/chat/2147483648", "E.ChatRoom", ("room", "2147483648"));
        Add("/chat/-2147483649", "E.ChatRoom", ("room", "-2147483649"));
        Add("/chat/4x", "E.ChatRoom", ("room", "4x"));
        Add("/chat/dashboard", "E.ChatRoom", ("room", "dashboard"));

        // Percent-decoding of values (checks see decoded values too)
        Add("/chat/%34%32", "E.ChatInt", ("id", "42"));
        Add("/chat/hello%20world", "E.ChatRoom", ("room", "hello world"));
        Add("/chat/a%2Fb", "E.ChatRoom", ("room", "a/b"));
        Add("/chat/a%2fb", "E.ChatRoom", ("room", "a/b"));
        Add("/chat/caf%C3%A9", "E.ChatRoom", ("room", "café"));
        Add("/chat/100%", "E.ChatRoom", ("room", "100%"));
        Add("/chat/%zz", "E.ChatRoom", ("room", "%zz"));
        Add("/chat/a+b", "E.ChatRoom", ("room", "a+b"));
        Add("/chat/%2B7", "E.ChatInt", ("id", "+7"));
        Add("/chat/%F0%9F%98%80", "E.ChatRoom", ("room", "\U0001F600"));
        Add("/chat/%2e%2e", "E.ChatRoom", ("room", ".."));
        Add("/chat/%25", "E.ChatRoom", ("room", "%"));

        // Literals compare the raw text: an encoded literal is not the literal, but it still decodes as a value
        None("/%63hat/lobby");
        Add("/%63hat/dashboard", "E.Dashboard", ("tenant", "chat"));
        None("/chat");
        None("/chat//");
        None("/chat/a/b");

        // long
        Add("/items/12", "E.Long", ("id", "12"));
        Add("/items/9223372036854775807", "E.Long", ("id", "9223372036854775807"));
        Add("/items/-9223372036854775808", "E.Long", ("id", "-9223372036854775808"));
        None("/items/9223372036854775808");
        None("/items/-9223372036854775809");
        Add("/items/+0", "E.Long", ("id", "+0"));
        None("/items/1.5");
        None("/items/abc");
        None("/items/");
        Add("/items/dashboard", "E.Dashboard", ("tenant", "items"));

        // guid
        Add("/guids/6f9619ff-8b86-d011-b42d-00c04fc964ff", "E.GuidRoute", ("id", "6f9619ff-8b86-d011-b42d-00c04fc964ff"));
        Add("/guids/6F9619FF8B86D011B42D00C04FC964FF", "E.GuidRoute", ("id", "6F9619FF8B86D011B42D00C04FC964FF"));
        Add("/guids/%7B6f9619ff-8b86-d011-b42d-00c04fc964ff%7D", "E.GuidRoute", ("id", "{6f9619ff-8b86-d011-b42d-00c04fc964ff}"));
        None("/guids/not-a-guid");
        None("/guids/6f9619ff-8b86-d011-b42d-00c04fc964f");

        // bool
        Add("/flags/true", "E.Flag", ("on", "true"));
        Add("/flags/FALSE", "E.Flag", ("on", "FALSE"));
        Add("/flags/True", "E.Flag", ("on", "True"));
        Add("/flags/%74rue", "E.Flag", ("on", "true"));
        None("/flags/yes");
        None("/flags/1");

        // alpha
        Add("/names/Alice", "E.Alpha", ("name", "Alice"));
        Add("/names/abcXYZ", "E.Alpha", ("name", "abcXYZ"));
        Add("/names/a%62c", "E.Alpha", ("name", "abc"));
        Add("/names/%41lice", "E.Alpha", ("name", "Alice"));
        None("/names/al1ce");
        None("/names/caf%C3%A9");
        None("/names/a-b");
        None("/names/a%20b");

        // length(n), length(min,max): decoded length
        Add("/codes/abc", "E.Code", ("code", "abc"));
        Add("/codes/a%20c", "E.Code", ("code", "a c"));
        Add("/codes/%41%42%43", "E.Code", ("code", "ABC"));
        Add("/codes/%C3%A9ab", "E.Code", ("code", "éab"));
        None("/codes/ab");
        None("/codes/abcd");
        None("/codes/%41%42");
        None("/words/a");
        Add("/words/ab", "E.Word", ("word", "ab"));
        Add("/words/abc", "E.Word", ("word", "abc"));
        Add("/words/abcd", "E.Word", ("word", "abcd"));
        None("/words/abcde");
        Add("/words/a%20", "E.Word", ("word", "a "));
        Add("/words/%41%42%43%44", "E.Word", ("word", "ABCD"));
        None("/words/%41%42%43%44%45");

        // min, max, range, several constraints
        None("/ages/17");
        Add("/ages/18", "E.Age", ("age", "18"));
        Add("/ages/99999999999", "E.Age", ("age", "99999999999"));
        None("/ages/x");
        None("/ages/-18");
        Add("/ages/+18", "E.Age", ("age", "+18"));
        Add("/ages/%31%38", "E.Age", ("age", "18"));
        None("/ages/%31%37");
        Add("/levels/10", "E.Level", ("level", "10"));
        None("/levels/11");
        Add("/levels/-5", "E.Level", ("level", "-5"));
        Add("/levels/-9223372036854775808", "E.Level", ("level", "-9223372036854775808"));
        None("/levels/ten");
        None("/levels/9223372036854775808");
        Add("/levels/%2D10", "E.Level", ("level", "-10"));
        Add("/ranks/%33", "E.Rank", ("rank", "3"));
        None("/ranks/9223372036854775808");
        for (var rank = -2; rank <= 8; rank++)
        {
            var text = rank.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (rank is >= 1 and <= 5)
            {
                Add("/ranks/" + text, "E.Rank", ("rank", text));
            }
            else
            {
                None("/ranks/" + text);
            }
        }

        Add("/multi/1", "E.Multi", ("id", "1"));
        Add("/multi/2147483647", "E.Multi", ("id", "2147483647"));
        None("/multi/0");
        None("/multi/-1");
        None("/multi/2147483648");
        None("/multi/one");
        None("/multi/%30");
        Add("/multi/+1", "E.Multi", ("id", "+1"));

        // Optional: an exact end beats an absent optional; absent values are null
        Add("/docs", "E.Docs");
        Add("/DOCS", "E.Docs");
        Add("/docs/intro", "E.DocsPage", ("page", "intro"));
        Add("/help", "E.Help", ("topic", null));
        Add("/help/routing", "E.Help", ("topic", "routing"));
        Add("/help/dashboard", "E.Help", ("topic", "dashboard"));
        None("/help/a/b");
        Add("/pages", "E.PageNumber", ("n", null));
        Add("/pages/3", "E.PageNumber", ("n", "3"));
        None("/pages/x");
        Add("/pages/dashboard", "E.Dashboard", ("tenant", "pages"));
        Add("/opt2/a", "E.Opt2", ("x", "a"), ("y", null));
        Add("/opt2/a/b", "E.Opt2", ("x", "a"), ("y", "b"));
        Add("/opt2/dashboard", "E.Opt2", ("x", "dashboard"), ("y", null));
        None("/opt2");
        None("/opt2/a/b/c");

        // Catch-all: empty, one and many segments, decoded, lowest precedence
        Add("/files", "E.Files", ("path", ""));
        Add("/files/a", "E.Files", ("path", "a"));
        Add("/files/a/b/c", "E.Files", ("path", "a/b/c"));
        Add("/files/a%2Fb", "E.Files", ("path", "a/b"));
        Add("/files/a//b", "E.Files", ("path", "a//b"));
        Add("/files/%E2%9C%93", "E.Files", ("path", "✓"));
        Add("/files/1/2/3/4/5/6/7/8/9/10", "E.Files", ("path", "1/2/3/4/5/6/7/8/9/10"));
        Add("/files/special", "E.FilesSpecial");
        Add("/files/SPECIAL", "E.FilesSpecial");
        Add("/files/special/x", "E.Files", ("path", "special/x"));
        Add("/files/dashboard", "E.Files", ("path", "dashboard"));
        Add("/FILES/Read%20Me.txt", "E.Files", ("path", "Read Me.txt"));
        Add("/files/a%2F%2Fb", "E.Files", ("path", "a//b"));
        Add("/files/%2F", "E.Files", ("path", "/"));
        Add("/files/special/x/y/z", "E.Files", ("path", "special/x/y/z"));
        Add("/files/1/2/3/4/5/6/7/8/9/10/11/12/13/14/15/16/17/18/19/20", "E.Files", ("path", "1/2/3/4/5/6/7/8/9/10/11/12/13/14/15/16/17/18/19/20"));

        // Several parameters; precedence is decided at the first position that differs
        Add("/users/42/posts/7", "E.UserPost", ("userId", "42"), ("postId", "7"));
        Add("/users/admin/posts/7", "E.AdminPost", ("slug", "7"));
        Add("/users/ADMIN/posts/hello", "E.AdminPost", ("slug", "hello"));
        Add("/users/bob/profile", "E.UserProfile", ("userId", "bob"));
        Add("/users/admin/profile", "E.UserProfile", ("userId", "admin"));
        Add("/users/bob/Profile", "E.UserProfile", ("userId", "bob"));
        Add("/users/b%20o/posts/1", "E.UserPost", ("userId", "b o"), ("postId", "1"));
        None("/users/42/posts/x");
        None("/users/bob");
        None("/users/bob/posts");
        Add("/acme/dashboard", "E.Dashboard", ("tenant", "acme"));
        Add("/acme/DASHBOARD", "E.Dashboard", ("tenant", "acme"));
        Add("/a%2Fb/dashboard", "E.Dashboard", ("tenant", "a/b"));
        None("/acme/dashboards");
        None("/dashboard");
        Add("/api", "E.Api", ("rest", ""));
        Add("/api/v1/users", "E.ApiV1", ("name", "users"));
        Add("/API/V1/Users", "E.ApiV1", ("name", "Users"));
        Add("/api/v1/users1", "E.Api", ("rest", "v1/users1"));
        Add("/api/v2/users", "E.Api", ("rest", "v2/users"));
        Add("/api/v1", "E.Api", ("rest", "v1"));
        Add("/api/v1/users/x", "E.Api", ("rest", "v1/users/x"));
        Add("/api/dashboard", "E.Api", ("rest", "dashboard"));
        Add("/api/v1/users/x/y/z", "E.Api", ("rest", "v1/users/x/y/z"));

        // Equal-rank parameters with different constraints still compete on the following positions
        Add("/mixed/5/x", "E.MixedIntX", ("a", "5"));
        Add("/mixed/5/X", "E.MixedIntX", ("a", "5"));
        Add("/mixed/-1/x", "E.MixedIntX", ("a", "-1"));
        Add("/mixed/5/y", "E.MixedMin", ("d", "5"), ("e", "y"));
        Add("/mixed/99999999999/x", "E.MixedMin", ("d", "99999999999"), ("e", "x"));
        Add("/mixed/abc/y", "E.MixedAlpha", ("b", "abc"), ("c", "y"));
        Add("/mixed/abc/x", "E.MixedAlpha", ("b", "abc"), ("c", "x"));
        None("/mixed/-1/y");
        None("/mixed/a1/y");

        // Segment counts beyond every fixed template: only catch-alls
        Add("/deep", "E.DeepRest", ("rest", ""));
        Add("/deep/1/2", "E.DeepRest", ("rest", "1/2"));
        Add("/deep/1/2/3/4", "E.Deep4", ("a", "1"), ("b", "2"), ("c", "3"), ("d", "4"));
        Add("/deep/1/2/3/4/5", "E.DeepRest", ("rest", "1/2/3/4/5"));
        Add("/deep/1//3/4", "E.DeepRest", ("rest", "1//3/4"));
        Add("/deep/1/2/3", "E.DeepRest", ("rest", "1/2/3"));
        Add("/deep/1/2/3/%34", "E.Deep4", ("a", "1"), ("b", "2"), ("c", "3"), ("d", "4"));
        Add("/deep/a/b/c/d/e/f/g/h", "E.DeepRest", ("rest", "a/b/c/d/e/f/g/h"));

        // More values than a match records as ranges: decoded at once, same results
        Add("/five/1/2/3/4/5", "E.Five", ("a", "1"), ("b", "2"), ("c", "3"), ("d", "4"), ("e", "5"));
        Add("/five/1/2/3/a%2Fb", "E.Five", ("a", "1"), ("b", "2"), ("c", "3"), ("d", "a/b"), ("e", null));
        None("/five/1/2/3");
        None("/nothing/here/at/all/really/deep/path/that/is/long");

        // Subprotocol dispatch: one route, endpoints in declaration order
        Add("/proto", ["E.ProtoV2", "E.ProtoV1"]);
        Add("/PROTO", ["E.ProtoV2", "E.ProtoV1"]);
        Add("/pRoTo", ["E.ProtoV2", "E.ProtoV1"]);
        None("/proto/v1");
        None("/protos");
        Add("/case/sensitive", "E.Case");
        Add("/CASE/SENSITIVE", "E.Case");
        None("/case/sensitiv");

        // Not a path (no variants: they do not start with '/')
        None("");
        None("echo");
        None("*");

        // Typed parameters act as implicit constraints (generated matcher only)
        Typed("/t/int/5", "T.Int", ("n", "5"));
        Typed("/t/int/-5", "T.Int", ("n", "-5"));
        Typed("/t/int/abc", "T.IntRest", ("rest", "abc"));
        Typed("/t/int/99999999999", "T.IntRest", ("rest", "99999999999"));
        Typed("/t/int/5/6", "T.IntRest", ("rest", "5/6"));
        Typed("/t/int/1/2/3", "T.IntRest", ("rest", "1/2/3"));
        Typed("/t/int", "T.IntRest", ("rest", ""));
        Typed("/t/long/99999999999", "T.Long", ("n", "99999999999"));
        TypedNone("/t/long/x");
        Typed("/t/guid/6f9619ff-8b86-d011-b42d-00c04fc964ff", "T.Guid", ("g", "6f9619ff-8b86-d011-b42d-00c04fc964ff"));
        TypedNone("/t/guid/nope");
        Typed("/t/bool/false", "T.Bool", ("b", "false"));
        TypedNone("/t/bool/0");
        Typed("/t/opt", "T.Opt", ("n", null));
        Typed("/t/opt/3", "T.Opt", ("n", "3"));
        TypedNone("/t/opt/three");
        Typed("/t/color/red", "T.Paint", ("c", "red"));
        TypedNone("/t/color/pink");
        Typed("/t/temp/21C", "T.Temp", ("t", "21C"));
        Typed("/t/temp/-4C", "T.Temp", ("t", "-4C"));
        TypedNone("/t/temp/21");
        Typed("/t/shared/7", ["T.SharedInt", "T.SharedLong"], ("v", "7"));
        Typed("/t/shared/-7", ["T.SharedInt", "T.SharedLong"], ("v", "-7"));
        Typed("/t/shared/%37", ["T.SharedInt", "T.SharedLong"], ("v", "7"));
        TypedNone("/t/shared/2147483648"); // a long, not an int: the value must suit every endpoint the subprotocol may pick
        TypedNone("/t/shared/99999999999");
    }

    /// <summary>The hand-written cases, one per base path (no query or trailing-slash variants).</summary>
    public static IReadOnlyList<RouteCase> Base => BaseCases;

    /// <summary>Every case: each base path, then (for real paths) the same with a query string and with a trailing slash.</summary>
    public static IEnumerable<RouteCase> All
    {
        get
        {
            foreach (var c in BaseCases)
            {
                yield return c;
                if (c.Path.StartsWith('/'))
                {
                    yield return c with { Path = c.Path + "?q=1&next=/chat/lobby%2F" };
                    if (!c.Path.EndsWith('/'))
                    {
                        yield return c with { Path = c.Path + "/" };
                        yield return c with { Path = c.Path + "/?x" };
                    }
                }
            }
        }
    }

    private static void Add(string path, string endpoint, params (string, string?)[] values) => Add(path, [endpoint], values);

    private static void Add(string path, string[] endpoints, params (string, string?)[] values) =>
        BaseCases.Add(new RouteCase(path, endpoints, values, TypedOnly: false));

    private static void None(string path) => BaseCases.Add(new RouteCase(path, null, [], TypedOnly: false));

    private static void Typed(string path, string endpoint, params (string, string?)[] values) => Typed(path, [endpoint], values);

    private static void TypedNone(string path) => BaseCases.Add(new RouteCase(path, null, [], TypedOnly: true));

    private static void Typed(string path, string[] endpoints, params (string, string?)[] values) =>
        BaseCases.Add(new RouteCase(path, endpoints, values, TypedOnly: true));
}
