using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using AttrWs.Redis.Tests.Infrastructure;

namespace AttrWs.Redis.Tests;

/// <summary>The backplane's and the groups' instruments, read with a MeterListener as a metrics exporter would.</summary>
public sealed class MetricsTests
{
    [Fact]
    public async Task Published_received_delivered_buffered_and_connected_are_measured()
    {
        await using var redis = await RedisServer.StartAsync();
        var prefix = RedisFixture.NewPrefix();
        await using var a = await ClusterNode.StartAsync(redis.Configuration, prefix);
        await using var b = await ClusterNode.StartAsync(redis.Configuration, prefix);
        using var metrics = new Measurements();
        using var a1 = await a.JoinAsync("room");
        using var b1 = await b.JoinAsync("room");
        await ClusterTests.WaitForCountAsync(a, b, "room", 2);

        await a1.SendAsync("g:x");
        Assert.Equal("x", await a1.ReceiveAsync());
        Assert.Equal("x", await b1.ReceiveAsync());
        await Eventually.TrueAsync(() => Task.FromResult(metrics.Sum(a.Backplane, "attrws.backplane.messages.published") == 1), "A published 1");
        Assert.Equal(1, metrics.Sum(b.Backplane, "attrws.backplane.messages.received"));

        // Counted once the message is queued on every local member, so a member may see it a moment earlier.
        await Eventually.TrueAsync(
            () => Task.FromResult(metrics.Sum(a.Server, "attrws.groups.messages.delivered") == 1 && metrics.Sum(b.Server, "attrws.groups.messages.delivered") == 1),
            "one delivery counted on each node");
        Assert.Equal(1, metrics.Observe(a.Backplane, "attrws.backplane.connected"));
        Assert.Equal(0, metrics.Observe(a.Backplane, "attrws.backplane.messages.buffered"));

        await redis.StopAsync();
        await Eventually.TrueAsync(() => Task.FromResult(metrics.Observe(a.Backplane, "attrws.backplane.connected") == 0), "connected drops to 0");
        await a1.SendAsync("g:y");
        Assert.Equal("y", await a1.ReceiveAsync());
        await Eventually.TrueAsync(() => Task.FromResult(metrics.Observe(a.Backplane, "attrws.backplane.messages.buffered") == 1), "one message buffered");

        await redis.RestartAsync();
        Assert.Equal("y", await b1.ReceiveAsync());
        await Eventually.TrueAsync(() => Task.FromResult(metrics.Observe(a.Backplane, "attrws.backplane.messages.buffered") == 0), "buffer emptied");
        Assert.Equal(1, metrics.Observe(a.Backplane, "attrws.backplane.connected"));
        Assert.Equal(2, metrics.Sum(a.Backplane, "attrws.backplane.messages.published"));
        Assert.Equal(0, metrics.Sum(a.Backplane, "attrws.backplane.messages.dropped"));
    }

    /// <summary>Counter sums and the latest gauge values, per meter scope (a server or a backplane) and instrument.</summary>
    private sealed class Measurements : IDisposable
    {
        private readonly MeterListener _listener = new();
        private readonly ConcurrentDictionary<(object?, string), long> _sums = new();
        private readonly ConcurrentDictionary<(object?, string), long> _gauges = new();

        public Measurements()
        {
            _listener.InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name is "AttrWs" or "AttrWs.Redis")
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            };
            _listener.SetMeasurementEventCallback<long>((instrument, value, _, _) =>
            {
                var key = (instrument.Meter.Scope, instrument.Name);
                if (instrument is ObservableGauge<long>)
                {
                    _gauges[key] = value;
                }
                else
                {
                    _sums.AddOrUpdate(key, value, (_, sum) => sum + value);
                }
            });
            _listener.SetMeasurementEventCallback<int>((instrument, value, _, _) => _gauges[(instrument.Meter.Scope, instrument.Name)] = value);
            _listener.Start();
        }

        public long Sum(object scope, string name) => _sums.TryGetValue((scope, name), out var sum) ? sum : 0;

        public long Observe(object scope, string name)
        {
            _listener.RecordObservableInstruments();
            return _gauges.TryGetValue((scope, name), out var value) ? value : -1;
        }

        public void Dispose() => _listener.Dispose();
    }
}
