using System.Diagnostics.Metrics;

namespace AttrWs.Redis;

/// <summary>The <c>AttrWs.Redis</c> meter's instruments (one meter per backplane, scoped to it).</summary>
internal sealed class RedisBackplaneMetrics : IDisposable
{
    /// <summary>The meter name listeners subscribe to.</summary>
    public const string MeterName = "AttrWs.Redis";

    private readonly Counter<long> _published;
    private readonly Counter<long> _received;
    private readonly Counter<long> _dropped;
    private readonly Counter<long> _lost;
    private readonly Counter<long> _duplicates;
    private readonly bool _ownsMeter;

    public RedisBackplaneMetrics(IMeterFactory? factory, RedisBackplane backplane)
    {
        // A DI meter factory owns its meters' scope and refuses another (ASP.NET Core's does): without one, the backplane is the scope.
        var options = new MeterOptions(MeterName) { Scope = factory is null ? backplane : null };
        Meter = factory?.Create(options) ?? new Meter(options);
        _ownsMeter = factory is null;
        _published = Meter.CreateCounter<long>("attrws.backplane.messages.published", "{message}", "Messages this node wrote to the Redis stream (acknowledged by Redis).");
        _received = Meter.CreateCounter<long>("attrws.backplane.messages.received", "{message}", "Messages from other nodes read from the stream and delivered locally.");
        _dropped = Meter.CreateCounter<long>("attrws.backplane.messages.dropped", "{message}", "Outgoing messages dropped because the buffer was full while Redis was unreachable.");
        _lost = Meter.CreateCounter<long>("attrws.backplane.messages.lost", "{message}", "Messages from other nodes that never arrived (gaps in their sequence numbers).");
        _duplicates = Meter.CreateCounter<long>("attrws.backplane.messages.duplicates", "{message}", "Stream entries skipped as already delivered (a publish retried after Redis had taken it).");
        Meter.CreateObservableGauge("attrws.backplane.messages.buffered", () => (long)backplane.BufferedCount, "{message}", "Outgoing messages waiting for Redis.");
        Meter.CreateObservableGauge("attrws.backplane.connected", () => backplane.IsConnected ? 1 : 0, "{connection}", "1 while Redis is reachable, else 0.");
    }

    public Meter Meter { get; }

    public void Published(int count) => _published.Add(count);

    public void Received() => _received.Add(1);

    public void Dropped(int count) => _dropped.Add(count);

    public void Lost(long count) => _lost.Add(count);

    public void Duplicate() => _duplicates.Add(1);

    public void Dispose()
    {
        if (_ownsMeter)
        {
            Meter.Dispose();
        }
    }
}
