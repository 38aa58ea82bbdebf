using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace AttrWs.Chat.Tests.Infrastructure;

/// <summary>samples/Chat as a child process: started with arguments, its printed <c>Chat: http://127.0.0.1:PORT/</c> read back.</summary>
internal sealed class ChatProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private readonly TaskCompletionSource<Uri> _address = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private ChatProcess(Process process) => _process = process;

    /// <summary>The page's address, e.g. http://127.0.0.1:41234/.</summary>
    public Uri Url { get; private set; } = null!;

    /// <summary>The same address with ws://.</summary>
    public Uri WebSocketUrl(string pathAndQuery) => new($"ws://127.0.0.1:{Url.Port}{pathAndQuery}");

    /// <summary>The sample built next to this test assembly's configuration (bin/&lt;Configuration&gt;/net10.0).</summary>
    public static string Dll => Path.Combine(Repository.Root, "samples", "Chat", "bin", Repository.Configuration, "net10.0", "Chat.dll");

    /// <summary>Starts the built sample with <c>dotnet</c>.</summary>
    public static Task<ChatProcess> StartAsync(params string[] arguments) => StartExecutableAsync("dotnet", [Dll, .. arguments]);

    /// <summary>Starts <paramref name="fileName"/> (the sample, or its Native AOT binary) and waits for its address line.</summary>
    public static async Task<ChatProcess> StartExecutableAsync(string fileName, params string[] arguments)
    {
        var process = Process.Start(ChildProcess.StartInfo(fileName, arguments)) ?? throw new InvalidOperationException("Could not start " + fileName);
        var chat = new ChatProcess(process);
        process.OutputDataReceived += (_, e) => chat.Append(e.Data);
        process.ErrorDataReceived += (_, e) => chat.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            chat.Url = await chat._address.Task.WaitAsync(TimeSpan.FromSeconds(60));
            return chat;
        }
        catch (TimeoutException)
        {
            await chat.DisposeAsync();
            throw new InvalidOperationException("No 'Chat: URL' line within 60 s; output: " + chat.Output);
        }
    }

    /// <summary>What the process printed after its address line (warnings and errors go there).</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Sends SIGTERM and waits (bounded) for the exit; returns the exit code.</summary>
    public async Task<int> TerminateAsync()
    {
        using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(CultureInfo.InvariantCulture)]))
        {
            await kill!.WaitForExitAsync();
        }

        await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
        }

        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is not null)
        {
            const string prefix = "Chat: ";
            if (line.StartsWith(prefix, StringComparison.Ordinal) && Uri.TryCreate(line[prefix.Length..], UriKind.Absolute, out var url))
            {
                _address.TrySetResult(url);
            }

            lock (_output)
            {
                _output.AppendLine(line);
            }
        }
    }
}
