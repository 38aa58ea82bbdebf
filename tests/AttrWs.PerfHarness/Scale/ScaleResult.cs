using System.Text.Json.Serialization;

namespace AttrWs.PerfHarness.Scale;

/// <summary>The figures of one scale layout.</summary>
internal sealed record ScaleResult(
    int Nodes,
    int Clients,
    long Requested,
    long Opened,
    long FailedConnects,
    long Retries,
    long Held,
    long HeldAfterBroadcast,
    double ConnectSeconds,
    double ConnectCpuSeconds,
    double RssBytesPerConnection,
    double? ManagedBytesPerConnection,
    double RssBytesPerConnectionAfterIdle,
    double ClientRssBytesPerConnection,
    double KernelTcpBytesPerConnection,
    double KernelSlabBytesPerConnection,
    long NodesRssBytes,
    double IdleSeconds,
    double IdleCpuSeconds,
    double BroadcastCpuSeconds,
    double SendCallMilliseconds,
    double? FirstCopyMilliseconds,
    double? LastCopyMilliseconds,
    double? LocalLastCopyMilliseconds,
    double? RemoteLastCopyMilliseconds,
    long Received,
    long Lost,
    long Corrupted,
    long Duplicated,
    long Dropped,
    long PingsAnswered,
    string OpenFileLimits,
    int PerAddress,
    string KeepAlive,
    List<ScaleClientReport> ClientReports,
    List<string> NodeStates)
{
    /// <summary>Every requested connection opened, stayed, and received exactly one intact copy.</summary>
    public bool Complete => Opened == Requested && Held == Requested && HeldAfterBroadcast == Requested
        && Received == Requested && Lost == 0 && Corrupted == 0 && Duplicated == 0 && Dropped == 0;
}

[JsonSourceGenerationOptions(WriteIndented = false)]
[JsonSerializable(typeof(ScaleClientReport))]
[JsonSerializable(typeof(List<ScaleResult>), TypeInfoPropertyName = "ListScaleResult")]
internal sealed partial class ScaleJson : JsonSerializerContext;
