using System.Text;
using System.Text.RegularExpressions;

namespace AttrWs.PackageTests;

/// <summary>
/// README's tutorial (the level-2 section whose heading starts with "Tutorial") turned into what the test runs, so README
/// and test cannot drift: its bash blocks and its <c>tutorial/FILE.cs</c> blocks, in README's order, become one shell
/// script (a file block is written where the reader is at that point); the last line of the last bash block is the run
/// command; the JavaScript client block gives the URL, the subprotocol (if any) and the message the client sends.
/// </summary>
/// <param name="Script">Every step before the run command, as one bash script with a marker naming each step's README line.</param>
/// <param name="RunCommand">The run command as written (e.g. <c>dotnet run</c>).</param>
/// <param name="ClientUrl">The URL the client step connects to.</param>
/// <param name="ClientSubProtocol">The subprotocol the client step offers, or null.</param>
/// <param name="ClientMessage">The text the client step sends.</param>
internal sealed partial record Tutorial(string Script, string RunCommand, string ClientUrl, string? ClientSubProtocol, string ClientMessage)
{
    private const string Group = "tutorial";
    private const string EndOfFile = "ATTRWS_README_EOF";

    public static Tutorial Read(string readmePath)
    {
        var steps = Readme.Blocks(readmePath).Where(b => b.Section.StartsWith("Tutorial", StringComparison.Ordinal)).ToList();
        Assert.True(steps.Count > 0, "README.md has no section whose heading starts with 'Tutorial'.");
        var lastBash = steps.FindLastIndex(b => b.Language == "bash");
        Assert.True(lastBash >= 0, "README's tutorial has no bash block.");
        Assert.Contains(steps, b => b.Language == "csharp" && b.Group == Group);
        Assert.All(
            steps.Where(b => b.Language == "csharp"),
            b => Assert.True(b.Group == Group, $"README.md line {b.FirstLine}: a C# file of the tutorial must be named <!-- snippet: {Group}/FILE.cs -->."));

        var script = new StringBuilder();
        string? run = null;
        for (var i = 0; i <= lastBash; i++)
        {
            var block = steps[i];
            switch (block.Language)
            {
                case "bash" when i == lastBash:
                    var lines = block.Lines.Where(l => l.Trim().Length > 0).ToList();
                    run = lines[^1].Trim();
                    Assert.True(
                        run.StartsWith("dotnet run", StringComparison.Ordinal),
                        $"README.md line {block.FirstLine}: the tutorial's last bash block should end with its run command (dotnet run); it ends with '{run}'.");
                    script.Append($"echo '### README.md line {block.FirstLine}'\n");
                    script.AppendJoin('\n', lines.Take(lines.Count - 1)).Append('\n');
                    break;
                case "bash":
                    script.Append($"echo '### README.md line {block.FirstLine}'\n").Append(block.Text);
                    break;
                case "csharp":
                    Assert.DoesNotContain(EndOfFile, block.Text, StringComparison.Ordinal);
                    script.Append($"echo '### README.md line {block.FirstLine}: {block.FileName}'\n")
                        .Append($"cat > '{block.FileName}' <<'{EndOfFile}'\n").Append(block.Text).Append(EndOfFile).Append('\n');
                    break;
            }
        }

        var client = steps.Skip(lastBash + 1).FirstOrDefault(b => b.Language == "js");
        Assert.True(client is not null, "README's tutorial should end with a JavaScript client block after the run command.");
        var open = NewWebSocket().Match(client.Text);
        Assert.True(open.Success, $"README.md line {client.FirstLine}: the client block should open `new WebSocket(\"ws://...\"[, \"protocol\"])`.");
        var send = Send().Match(client.Text);
        Assert.True(send.Success, $"README.md line {client.FirstLine}: the client block should send a string literal with `.send(\"...\")`.");
        return new Tutorial(
            script.ToString(),
            run!,
            open.Groups["url"].Value,
            open.Groups["protocol"].Success ? open.Groups["protocol"].Value : null,
            send.Groups["text"].Value);
    }

    [GeneratedRegex(@"new WebSocket\(""(?<url>wss?://[^""]+)""(\s*,\s*""(?<protocol>[^""]+)"")?\)")]
    private static partial Regex NewWebSocket();

    [GeneratedRegex(@"\.send\(""(?<text>[^""\\]*)""\)")]
    private static partial Regex Send();
}
