using System.Text.RegularExpressions;

namespace AttrWs.PackageTests;

/// <summary>One fenced code block of README.md.</summary>
/// <param name="Language">The fence's info string (<c>csharp</c>, <c>bash</c>...).</param>
/// <param name="Name">From the <c>&lt;!-- snippet: GROUP/FILE.cs --&gt;</c> line right above the fence; null without one.</param>
/// <param name="Section">The level-2 heading the block is under.</param>
/// <param name="FirstLine">README's line number of the block's first code line.</param>
/// <param name="Text">The code, with the fence's indentation removed.</param>
internal sealed record ReadmeBlock(string Language, string? Name, string Section, int FirstLine, string Text)
{
    /// <summary>The compilation the block belongs to: the marker's group, or a group of its own.</summary>
    public string Group => Name is null ? $"line-{FirstLine}" : Name[..Name.IndexOf('/', StringComparison.Ordinal)];

    /// <summary>The file the block is: the marker's file name, or Program.cs.</summary>
    public string FileName => Name is null ? "Program.cs" : Name[(Name.IndexOf('/', StringComparison.Ordinal) + 1)..];

    public string[] Lines => Text.Split('\n');
}

/// <summary>Reads README.md's fenced code blocks the way a reader sees them (blocks inside HTML comments do not count).</summary>
internal static partial class Readme
{
    public static IReadOnlyList<ReadmeBlock> Blocks(string path)
    {
        var lines = File.ReadAllLines(path);
        var blocks = new List<ReadmeBlock>();
        var section = "";
        var inComment = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (inComment)
            {
                inComment = !line.Contains("-->", StringComparison.Ordinal);
                continue;
            }

            if (line.StartsWith("<!--", StringComparison.Ordinal) && !line.Contains("-->", StringComparison.Ordinal))
            {
                inComment = true;
                continue;
            }

            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                section = line[3..].Trim();
                continue;
            }

            var trimmed = line.TrimStart(' ');
            if (!trimmed.StartsWith("```", StringComparison.Ordinal))
            {
                continue;
            }

            var indent = line.Length - trimmed.Length;
            var language = trimmed[3..].Trim();
            var marker = i > 0 ? SnippetMarker().Match(lines[i - 1]) : Match.Empty;
            var first = i + 1;
            var code = new List<string>();
            for (i++; i < lines.Length && lines[i].Trim() != "```"; i++)
            {
                var content = lines[i];
                var strip = Math.Min(indent, content.Length - content.TrimStart(' ').Length);
                code.Add(content[strip..]);
            }

            Assert.True(i < lines.Length, $"README.md line {first}: the ``` fence opened there is never closed.");
            blocks.Add(new ReadmeBlock(language, marker.Success ? marker.Groups["name"].Value : null, section, first + 1, string.Join('\n', code) + "\n"));
        }

        return blocks;
    }

    [GeneratedRegex(@"^<!-- snippet: (?<name>[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+\.cs) -->$")]
    private static partial Regex SnippetMarker();
}
