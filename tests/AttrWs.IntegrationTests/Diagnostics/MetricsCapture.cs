using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace AttrWs.IntegrationTests.Diagnostics;

/// <summary>Listens to one server's <c>AttrWs</c> meter (matched by scope, so parallel tests do not mix).</summary>
internal sealed class MetricsCapture : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly ConcurrentQueue<(string Name, long Value, KeyValuePair<string, object?>[] Tags)> _measurements = new();

    public MetricsCapture(WebSocketServer server)
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == "AttrWs" && ReferenceEquals(instrument.Meter.Scope, server))
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => _measurements.Enqueue((instrument.Name, value, tags.ToArray())));
        _listener.Start();
    }

    public long Sum(string name) => _measurements.Where(m => m.Name == name).Sum(m => m.Value);

    public IReadOnlyList<KeyValuePair<string, object?>[]> TagsOf(string name) => _measurements.Where(m => m.Name == name).Select(m => m.Tags).ToList();

    public void Dispose() => _listener.Dispose();
}
