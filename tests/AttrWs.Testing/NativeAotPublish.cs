using System.Collections.Concurrent;

namespace AttrWs.Testing;

/// <summary>What a Native AOT publish left: the native binary and the publish log.</summary>
/// <param name="Binary">The full path of the native executable.</param>
/// <param name="ExitCode">The exit code of <c>dotnet publish</c>.</param>
/// <param name="Log">Its output (standard output and error).</param>
public sealed record NativeAotBinary(string Binary, int ExitCode, string Log);

/// <summary>
/// Publishes a project of the repository with Native AOT (<c>-p:PublishAot=true -warnaserror</c>, linux-x64, Release) into a
/// temporary folder: at most once per project per test run, whichever tests ask for it (a publish takes minutes on a loaded
/// machine); later callers get the same binary. Publishes of different projects in one test process run one after the
/// other: each runs the ILCompiler on every core, so two at once only double the memory and finish no sooner. The folders are
/// deleted when the test process exits.
/// </summary>
public static class NativeAotPublish
{
    private static readonly ConcurrentDictionary<string, Lazy<Task<NativeAotBinary>>> Published = new(StringComparer.Ordinal);

    private static readonly SemaphoreSlim OneAtATime = new(1, 1);

    /// <summary>Publishes <paramref name="project"/> once per run and returns its binary.</summary>
    /// <param name="project">The project folder relative to the repository root, e.g. <c>samples/Chat</c>.</param>
    /// <param name="binaryName">The executable's name (the assembly name), e.g. <c>Chat</c>.</param>
    /// <param name="limit">How long the publish may take before it is killed.</param>
    /// <returns>The binary, the exit code and the log; assert on <see cref="NativeAotBinary.ExitCode"/> and the log.</returns>
    public static Task<NativeAotBinary> PublishAsync(string project, string binaryName, TimeSpan limit)
        => Published.GetOrAdd(project, p => new Lazy<Task<NativeAotBinary>>(() => RunAsync(p, binaryName, limit))).Value;

    private static async Task<NativeAotBinary> RunAsync(string project, string binaryName, TimeSpan limit)
    {
        await OneAtATime.WaitAsync().ConfigureAwait(false);
        try
        {
            return await PublishOnceAsync(project, binaryName, limit).ConfigureAwait(false);
        }
        finally
        {
            OneAtATime.Release();
        }
    }

    private static async Task<NativeAotBinary> PublishOnceAsync(string project, string binaryName, TimeSpan limit)
    {
        var temp = Directory.CreateTempSubdirectory("attrws-aot-");
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                temp.Delete(recursive: true);
            }
            catch (IOException)
            {
                // A binary still running at exit: the temporary folder stays.
            }
        };

        var output = Path.Combine(temp.FullName, "out");
        // --artifacts-path keeps the publish's obj/bin out of the repository (the test run is using those).
        var result = await ChildProcess.RunAsync(
            "dotnet",
            limit,
            "publish",
            Path.Combine(Repository.Root, project),
            "-r", "linux-x64",
            "-c", "Release",
            "-p:PublishAot=true",
            "-warnaserror",
            "-o", output,
            "--artifacts-path", Path.Combine(temp.FullName, "artifacts")).ConfigureAwait(false);
        return new NativeAotBinary(Path.Combine(output, binaryName), result.ExitCode, result.Stdout + result.Stderr);
    }
}
