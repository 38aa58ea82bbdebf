using System.Text;
using System.Text.Json;

namespace AttrWs.Testing;

/// <summary>One diagnostic of the AsyncAPI parser.</summary>
/// <param name="Severity"><c>error</c>, <c>warning</c>, <c>information</c> or <c>hint</c>.</param>
/// <param name="Code">The rule or check that reported it (e.g. <c>asyncapi3-channel-parameters</c>).</param>
/// <param name="Path">Where in the document, as dotted keys (e.g. <c>channels.chat_room.parameters</c>).</param>
/// <param name="Message">What is wrong.</param>
public sealed record AsyncApiDiagnostic(string Severity, string Code, string Path, string Message)
{
    /// <summary>True for severity <c>error</c>.</summary>
    public bool IsError => Severity == "error";

    /// <inheritdoc />
    public override string ToString() => $"{Severity} {Code} at '{Path}': {Message}";
}

/// <summary>What the AsyncAPI parser said about one document.</summary>
/// <param name="Diagnostics">Every diagnostic, in the parser's order.</param>
public sealed record AsyncApiValidation(IReadOnlyList<AsyncApiDiagnostic> Diagnostics)
{
    /// <summary>The diagnostics of severity <c>error</c>.</summary>
    public IReadOnlyList<AsyncApiDiagnostic> Errors => Diagnostics.Where(d => d.IsError).ToList();

    /// <summary>True when the parser reported no error.</summary>
    public bool IsValid => Errors.Count == 0;

    /// <summary>Every diagnostic, one a line (for assertion messages).</summary>
    public override string ToString()
    {
        var text = new StringBuilder().Append(Errors.Count).Append(" error(s), ").Append(Diagnostics.Count).Append(" diagnostic(s)");
        foreach (var diagnostic in Diagnostics)
        {
            text.Append('\n').Append("  ").Append(diagnostic);
        }

        return text.ToString();
    }
}

/// <summary>
/// Validates AsyncAPI documents with the official JavaScript parser, <c>@asyncapi/parser</c>, pinned in
/// <c>tests/AttrWs.Testing/asyncapi/package.json</c> (<c>bash test.sh</c> runs <c>npm ci</c> there) and run by node.
/// Use it for any document AttrWs writes: <c>Assert.True(result.IsValid, result.ToString())</c>.
/// </summary>
public static class AsyncApiValidator
{
    private static readonly Lazy<string> FolderPath = new(FindFolder);

    /// <summary>The npm folder holding the parser and <c>validate.js</c>.</summary>
    public static string Folder => FolderPath.Value;

    /// <summary>Validates <paramref name="json"/> (an AsyncAPI document as JSON text).</summary>
    /// <param name="json">The document.</param>
    /// <param name="limit">How long node may take; default 2 minutes (the parser loads in seconds, slower on a busy machine).</param>
    /// <returns>The parser's diagnostics.</returns>
    /// <exception cref="InvalidOperationException">The parser is not installed, or node failed (the message carries its output).</exception>
    /// <exception cref="TimeoutException">Node did not finish within <paramref name="limit"/>.</exception>
    public static async Task<AsyncApiValidation> ValidateAsync(string json, TimeSpan? limit = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        var folder = Folder;
        using var temp = new TempDirectory("attrws-asyncapi");
        var document = temp.Combine("asyncapi.json");
        await File.WriteAllTextAsync(document, json).ConfigureAwait(false);

        var info = ChildProcess.StartInfo("node", [Path.Combine(folder, "validate.js"), document], workingDirectory: folder);
        var result = await ChildProcess.RunAsync(info, limit ?? TimeSpan.FromMinutes(2)).ConfigureAwait(false);
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"The AsyncAPI parser failed (exit code {result.ExitCode}):\n{result.Output}");
        }

        var diagnostics = new List<AsyncApiDiagnostic>();
        int? done = null;
        foreach (var line in result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            using var parsed = JsonDocument.Parse(line);
            var root = parsed.RootElement;
            if (root.TryGetProperty("done", out var count))
            {
                done = count.GetInt32();
                continue;
            }

            diagnostics.Add(new AsyncApiDiagnostic(
                root.GetProperty("severity").GetString() ?? "",
                root.GetProperty("code").GetString() ?? "",
                root.GetProperty("path").GetString() ?? "",
                root.GetProperty("message").GetString() ?? ""));
        }

        if (done != diagnostics.Count)
        {
            throw new InvalidOperationException($"The AsyncAPI parser's output is incomplete ({diagnostics.Count} diagnostic(s), announced {done?.ToString() ?? "none"}):\n{result.Output}");
        }

        return new AsyncApiValidation(diagnostics);
    }

    private static string FindFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "AttrWs.sln")))
            {
                var folder = Path.Combine(dir.FullName, "tests", "AttrWs.Testing", "asyncapi");
                if (!File.Exists(Path.Combine(folder, "node_modules", "@asyncapi", "parser", "package.json")))
                {
                    throw new InvalidOperationException("The AsyncAPI parser is not installed: run 'npm ci' in " + folder + " (bash test.sh does).");
                }

                return folder;
            }
        }

        throw new InvalidOperationException("AttrWs.sln not found above " + AppContext.BaseDirectory);
    }
}
