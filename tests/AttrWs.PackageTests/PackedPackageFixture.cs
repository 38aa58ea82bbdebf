using System.Globalization;

namespace AttrWs.PackageTests;

/// <summary>
/// Packs <c>src/AttrWs</c> once for the test class, from a clean copy of the sources, into a temp feed. Every run
/// uses a version of its own, so no NuGet cache can ever hand a consumer an older package.
/// </summary>
public sealed class PackedPackageFixture : IAsyncLifetime, IDisposable
{
    private readonly TempDirectory _work = new("attrws-pack");

    public string Version { get; } = "0.1.0-test." + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff", CultureInfo.InvariantCulture);

    public string RepositoryRoot { get; } = RepositoryCopy.FindRoot();

    public string FeedDirectory => _work.Combine("feed");

    public string PackagePath => Path.Combine(FeedDirectory, $"AttrWs.{Version}.nupkg");

    public async Task InitializeAsync()
    {
        var sources = _work.Combine("repo");
        Directory.CreateDirectory(sources);
        RepositoryCopy.CopyTo(RepositoryRoot, sources);
        await ProcessRunner.RunAsync(
            sources,
            TimeSpan.FromMinutes(5),
            "pack", Path.Combine(sources, "src", "AttrWs", "AttrWs.csproj"),
            "-c", "Release",
            "-o", FeedDirectory,
            $"-p:Version={Version}",
            "--disable-build-servers");
    }

    public Task DisposeAsync()
    {
        Dispose();
        return Task.CompletedTask;
    }

    public void Dispose() => _work.Dispose();
}
