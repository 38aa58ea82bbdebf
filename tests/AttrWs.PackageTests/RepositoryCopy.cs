namespace AttrWs.PackageTests;

/// <summary>
/// Copies what <c>dotnet pack src/AttrWs</c> needs into a temp folder, without any bin/ or obj/, so the package is
/// built the way a clean CI checkout builds it and the working tree's outputs are never touched.
/// </summary>
internal static class RepositoryCopy
{
    private static readonly string[] RootFiles = ["Directory.Build.props", "Directory.Packages.props", "global.json", "README.md"];
    private static readonly string[] Folders = ["src", "generators"];

    /// <summary>The repository root: the folder holding AttrWs.sln above the test assembly.</summary>
    public static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "AttrWs.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("AttrWs.sln not found above " + AppContext.BaseDirectory);
    }

    public static void CopyTo(string root, string destination)
    {
        foreach (var file in RootFiles)
        {
            var source = Path.Combine(root, file);
            Assert.True(File.Exists(source), $"{file} is missing at the repository root; the package needs it.");
            File.Copy(source, Path.Combine(destination, file));
        }

        foreach (var folder in Folders)
        {
            CopyFolder(Path.Combine(root, folder), Path.Combine(destination, folder));
        }
    }

    private static void CopyFolder(string source, string destination)
    {
        Directory.CreateDirectory(destination);
        foreach (var file in Directory.EnumerateFiles(source))
        {
            File.Copy(file, Path.Combine(destination, Path.GetFileName(file)));
        }

        foreach (var directory in Directory.EnumerateDirectories(source))
        {
            var name = Path.GetFileName(directory);
            if (name is "bin" or "obj")
            {
                continue;
            }

            CopyFolder(directory, Path.Combine(destination, name));
        }
    }
}
