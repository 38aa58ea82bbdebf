using System.Text.Json.Serialization;
using AttrWs.PerfHarness;
using AttrWs.PerfHarness.Scenarios;

namespace AttrWs.PerfHarness.Report;

[JsonSourceGenerationOptions(WriteIndented = true)]
[JsonSerializable(typeof(List<Measurement>), TypeInfoPropertyName = "ListMeasurement")]
[JsonSerializable(typeof(List<IdleRound>), TypeInfoPropertyName = "ListIdleRound")]
internal sealed partial class MeasurementJson : JsonSerializerContext;
