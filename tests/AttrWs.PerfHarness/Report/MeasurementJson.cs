using System.Text.Json.Serialization;
using AttrWs.PerfHarness.Scenarios;

namespace AttrWs.PerfHarness.Report;

[JsonSourceGenerationOptions(WriteIndented = true)]
[JsonSerializable(typeof(List<Measurement>), TypeInfoPropertyName = "ListMeasurement")]
internal sealed partial class MeasurementJson : JsonSerializerContext;
