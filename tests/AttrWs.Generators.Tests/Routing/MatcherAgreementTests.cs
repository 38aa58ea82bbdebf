using System.Text;

namespace AttrWs.Generators.Tests.Routing;

/// <summary>
/// Beyond the hand-written corpus: thousands of paths built from the snippet's literals and tricky values, on which the
/// generated matcher and <see cref="AttrWs.Routing.RuntimeRouteTable"/> must give identical results.
/// </summary>
public sealed class MatcherAgreementTests(RoutingFixture fixture) : IClassFixture<RoutingFixture>
{
    private static readonly string[] Pieces =
    [
        "chat", "lobby", "LOBBY", "items", "guids", "flags", "names", "codes", "words", "ages", "levels", "ranks", "multi",
        "docs", "help", "pages", "files", "special", "users", "admin", "posts", "profile", "dashboard", "api", "v1", "proto",
        "case", "sensitive", "mixed", "x", "deep", "opt2", "42", "-1", "0", "1", "5", "18", "2147483648", "true", "abc", "ab",
        "a%2Fb", "%34%32", "caf%C3%A9", "100%", "", "6f9619ff-8b86-d011-b42d-00c04fc964ff", "99999999999",
    ];

    [Fact]
    public void Generated_matcher_and_runtime_table_agree_on_generated_paths()
    {
        var random = new Random(20261124); // fixed seed: the same paths on every run
        var compared = 0;
        var matched = 0;
        var disagreements = new List<string>();
        for (var i = 0; i < 20000; i++)
        {
            var path = RandomPath(random);
            var generated = fixture.Generated.TryMatch(path, out var g);
            var runtime = fixture.Runtime.TryMatch(path, out var r);
            compared++;
            if (generated != runtime
                || (generated && (g.Route.Template != r.Route.Template || !g.Values.SequenceEqual(r.Values) || g.Values.SlotCount != r.Values.SlotCount)))
            {
                disagreements.Add($"{path}: generated {(generated ? g.Route.Template : "404")}, runtime {(runtime ? r.Route.Template : "404")}");
            }

            matched += generated ? 1 : 0;
        }

        Assert.True(disagreements.Count == 0, string.Join("\n", disagreements.Take(20)));
        Assert.True(matched > compared / 10, $"only {matched} of {compared} paths matched: the generator of paths is too weak");
    }

    private static string RandomPath(Random random)
    {
        var builder = new StringBuilder();
        var segments = random.Next(0, 7);
        for (var i = 0; i < segments; i++)
        {
            builder.Append('/').Append(Pieces[random.Next(Pieces.Length)]);
        }

        if (builder.Length == 0 || random.Next(8) == 0)
        {
            builder.Append('/');
        }

        if (random.Next(8) == 0)
        {
            builder.Append("?q=/chat/lobby");
        }

        return builder.ToString();
    }
}
