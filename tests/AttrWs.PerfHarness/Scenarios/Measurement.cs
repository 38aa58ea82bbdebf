namespace AttrWs.PerfHarness.Scenarios;

/// <summary>One figure for one server: what was done in the measured window and what it cost the server process.</summary>
internal sealed record Measurement(
    string Server,
    string Scenario,
    long Operations,
    double Seconds,
    double ServerCpuSeconds,
    long Errors,
    double? P50Microseconds = null,
    double? P99Microseconds = null,
    double? BytesPerConnection = null,
    double? ManagedBytesPerConnection = null,
    double? PeakBytesPerMessage = null)
{
    public double OperationsPerSecond => Seconds > 0 ? Operations / Seconds : 0;

    /// <summary>Server CPU time (user + system) per operation, in microseconds.</summary>
    public double CpuMicrosecondsPerOperation => Operations > 0 ? ServerCpuSeconds * 1e6 / Operations : double.NaN;
}
