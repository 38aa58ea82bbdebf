using System.Globalization;

namespace AttrWs.PerfHarness;

/// <summary>The `run` command's options: which servers, how long, how many connections.</summary>
internal sealed class HarnessOptions
{
    public static readonly string[] AllServers = ["attrws", "attrws-kestrel", "kestrel", "httplistener", "node", "ceiling"];

    public string[] Servers { get; private set; } = AllServers;

    /// <summary>Which scenarios run: handshake, echo, idle, large.</summary>
    public string[] Scenarios { get; private set; } = ["handshake", "echo", "idle", "large"];

    public TimeSpan Warmup { get; private set; } = TimeSpan.FromSeconds(5); // long enough for tiered JIT to finish: JIT time in the window would be counted as server CPU

    public TimeSpan Duration { get; private set; } = TimeSpan.FromSeconds(8);

    public TimeSpan Settle { get; private set; } = TimeSpan.FromSeconds(3);

    public int HandshakeConcurrency { get; private set; } = 32;

    public int EchoConnections { get; private set; } = 100;

    public int[] EchoSizes { get; private set; } = [64, 16 * 1024];

    public int IdleConnections { get; private set; } = 10_000;

    /// <summary>
    /// Connections the idle scenario opens and closes (as many at once as it measures with) before its baseline reading,
    /// so the one-time cost of compiling a server's concurrent paths is not counted per connection: two bursts of half
    /// as many, 1 s apart (the second one's calls are the ones tiered compilation counts; see IdleScenario).
    /// </summary>
    public int IdleWarmup { get; private set; } = 2_000;

    /// <summary>Message sizes of the large-message scenario (the servers accept up to 16 MiB).</summary>
    public int[] LargeSizes { get; private set; } = [1 << 20, 4 << 20, 16 << 20];

    /// <summary>The servers the large-message scenario runs against: AttrWs and the peers of issue 15, target 6.</summary>
    public static readonly string[] LargeMessageServers = ["attrws", "kestrel", "node"];

    /// <summary>Measured echoes per large size (after one unmeasured).</summary>
    public int LargeMessageRepeats { get; private set; } = 5;

    public string? JsonPath { get; private set; }

    public string? MarkdownPath { get; private set; }

    public bool Smoke { get; private set; }

    public static HarnessOptions Parse(ReadOnlySpan<string> args)
    {
        var options = new HarnessOptions();
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : null;
            switch (args[i])
            {
                case "--smoke":
                    // Proves every scenario runs against every server; the figures mean nothing.
                    options.Smoke = true;
                    options.Warmup = TimeSpan.FromMilliseconds(200);
                    options.Duration = TimeSpan.FromMilliseconds(500);
                    options.Settle = TimeSpan.FromMilliseconds(200);
                    options.HandshakeConcurrency = 4;
                    options.EchoConnections = 8;
                    options.IdleConnections = 100;
                    options.IdleWarmup = 20;
                    options.LargeSizes = [1 << 20];
                    options.LargeMessageRepeats = 1;
                    continue;
                case "--servers":
                    options.Servers = Required(value, args[i]).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                    break;
                case "--scenarios":
                    options.Scenarios = Required(value, args[i]).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                    break;
                case "--duration":
                    options.Duration = TimeSpan.FromSeconds(double.Parse(Required(value, args[i]), CultureInfo.InvariantCulture));
                    break;
                case "--warmup":
                    options.Warmup = TimeSpan.FromSeconds(double.Parse(Required(value, args[i]), CultureInfo.InvariantCulture));
                    break;
                case "--handshake-concurrency":
                    options.HandshakeConcurrency = int.Parse(Required(value, args[i]), CultureInfo.InvariantCulture);
                    break;
                case "--echo-connections":
                    options.EchoConnections = int.Parse(Required(value, args[i]), CultureInfo.InvariantCulture);
                    break;
                case "--idle-connections":
                    options.IdleConnections = int.Parse(Required(value, args[i]), CultureInfo.InvariantCulture);
                    break;
                case "--idle-warmup":
                    options.IdleWarmup = int.Parse(Required(value, args[i]), CultureInfo.InvariantCulture);
                    break;
                case "--json":
                    options.JsonPath = Required(value, args[i]);
                    break;
                case "--markdown":
                    options.MarkdownPath = Required(value, args[i]);
                    break;
                default:
                    throw new ArgumentException($"Unknown option '{args[i]}'.");
            }

            i++;
        }

        return options;
    }

    /// <summary>A copy with another warm-up and window (the <c>paired</c> command's short windows).</summary>
    public HarnessOptions WithTiming(TimeSpan warmup, TimeSpan duration)
    {
        var copy = (HarnessOptions)MemberwiseClone();
        copy.Warmup = warmup;
        copy.Duration = duration;
        return copy;
    }

    private static string Required(string? value, string option) =>
        value ?? throw new ArgumentException($"Option {option} needs a value.");
}
