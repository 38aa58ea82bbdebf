using System.Globalization;

namespace AttrWs.PackageTests;

/// <summary>
/// Packs <c>src/AttrWs</c> and <c>src/AttrWs.Redis</c> once for the whole test assembly (a collection fixture), from a
/// clean copy of the sources, into one temp feed at one version. Every run uses a version of its own, so no NuGet cache
/// can ever hand a consumer an older package.
/// </summary>
public sealed class PackedPackageFixture : IAsyncLifetime, IDisposable
{
    /// <summary>The packed projects, in pack order (AttrWs.Redis depends on AttrWs at the same version).</summary>
    private static readonly string[] Projects = ["AttrWs", "AttrWs.Redis"];

    private readonly TempDirectory _work = new("attrws-pack");

    public string Version { get; } = "0.1.0-test." + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff", CultureInfo.InvariantCulture);

    public string RepositoryRoot { get; } = RepositoryCopy.FindRoot();

    public string FeedDirectory => _work.Combine("feed");

    /// <summary>The AttrWs package (runtime plus the generator under analyzers/dotnet/cs).</summary>
    public string PackagePath => PackagePathOf("AttrWs");

    /// <summary>The AttrWs.Redis package.</summary>
    public string RedisPackagePath => PackagePathOf("AttrWs.Redis");

    public async Task InitializeAsync()
    {
        var sources = _work.Combine("repo");
        Directory.CreateDirectory(sources);
        RepositoryCopy.CopyTo(RepositoryRoot, sources);
        foreach (var project in Projects)
        {
            await ProcessRunner.RunAsync(
                sources,
                TimeSpan.FromMinutes(5),
                "pack", Path.Combine(sources, "src", project, project + ".csproj"),
                "-c", "Release",
                "-o", FeedDirectory,
                $"-p:Version={Version}",
                "--disable-build-servers");
        }
    }

    public Task DisposeAsync()
    {
        Dispose();
        return Task.CompletedTask;
    }

    public void Dispose() => _work.Dispose();

    private string PackagePathOf(string id) => Path.Combine(FeedDirectory, $"{id}.{Version}.nupkg");
}

/// <summary>Every test class that consumes the packed packages shares one <see cref="PackedPackageFixture"/> (one pack per run).</summary>
[CollectionDefinition(Name)]
public sealed class PackedPackagesDefinition : ICollectionFixture<PackedPackageFixture>
{
    public const string Name = "Packed packages";
}
