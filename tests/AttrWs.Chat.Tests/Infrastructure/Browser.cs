namespace AttrWs.Chat.Tests.Infrastructure;

/// <summary>The npm folder of the browser scripts, and where their screenshots go.</summary>
internal static class Browser
{
    /// <summary>tests/AttrWs.Chat.Tests/browser (playwright-core and ws, as package-lock.json pins them).</summary>
    public static string Folder { get; } = Path.Combine(Repository.Root, "tests", "AttrWs.Chat.Tests", "browser");

    /// <summary>The test artifacts folder for screenshots: bin/&lt;Configuration&gt;/net10.0/chat-screenshots next to the test assembly.</summary>
    public static string Screenshots
    {
        get
        {
            var folder = Path.Combine(AppContext.BaseDirectory, "chat-screenshots");
            Directory.CreateDirectory(folder);
            return folder;
        }
    }

    /// <summary>Runs one of the scripts with node (bounded) and returns its last output line (the JSON of what it saw).</summary>
    public static async Task<string> RunAsync(string script, params string[] arguments)
    {
        Assert.True(File.Exists(Path.Combine(Folder, "node_modules", "playwright-core", "package.json")), "Run 'npm ci' in " + Folder + " first (bash test.sh does).");
        var result = await ChildProcess.RunAsync(ChildProcess.StartInfo("node", [Path.Combine(Folder, script), .. arguments], Folder), TimeSpan.FromMinutes(3));
        Assert.True(result.ExitCode == 0, script + " failed:\n" + result.Output);
        return result.Stdout.Trim().Split('\n')[^1];
    }
}
