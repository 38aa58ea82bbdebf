namespace AttrWs.Testing;

/// <summary>Where the repository is, for tests that start its samples, scripts or tools.</summary>
public static class Repository
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    /// <summary>The repository root: the first folder above the test assembly that holds <c>AttrWs.sln</c>.</summary>
    public static string Root => RootPath.Value;

    /// <summary>The build configuration the test assembly was built with (<c>Release</c> or <c>Debug</c>, from bin/&lt;Configuration&gt;/net10.0).</summary>
    public static string Configuration => new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "AttrWs.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("AttrWs.sln not found above " + AppContext.BaseDirectory);
    }
}
