using System.Globalization;
using System.Threading.Channels;

namespace AttrWs.PerfHarness.Scale;

/// <summary>The child processes' <c>--name value</c> arguments, and their stdin commands.</summary>
internal sealed class ScaleArguments
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);

    public static ScaleArguments Parse(ReadOnlySpan<string> args)
    {
        var parsed = new ScaleArguments();
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            parsed._values[args[i]] = args[i + 1];
        }

        return parsed;
    }

    public string? String(string name) => _values.GetValueOrDefault(name);

    public int Int(string name, int? fallback = null) => int.Parse(Value(name, fallback), CultureInfo.InvariantCulture);

    public long Long(string name) => long.Parse(Value(name, null), CultureInfo.InvariantCulture);

    public double Double(string name, double? fallback = null) => double.Parse(Value(name, fallback), CultureInfo.InvariantCulture);

    /// <summary>
    /// Stdin, line by line, on a background thread. The orchestrator holds our stdin: when it closes (the orchestrator
    /// ended, however it ended), <paramref name="stop"/> is cancelled, so no child outlives a run.
    /// </summary>
    public static ChannelReader<string> ReadCommands(CancellationTokenSource stop)
    {
        var channel = Channel.CreateUnbounded<string>();
        _ = Task.Factory.StartNew(() =>
        {
            while (Console.In.ReadLine() is { } line)
            {
                channel.Writer.TryWrite(line.Trim());
            }

            channel.Writer.TryComplete();
            try
            {
                stop.Cancel();
            }
            catch (ObjectDisposedException)
            {
                // The process is already on its way out.
            }
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        return channel.Reader;
    }

    private string Value(string name, IFormattable? fallback) =>
        _values.TryGetValue(name, out var value) ? value
        : fallback?.ToString(null, CultureInfo.InvariantCulture) ?? throw new ArgumentException($"Missing argument {name}.");
}
