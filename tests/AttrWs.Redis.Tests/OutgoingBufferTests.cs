using System.Net.WebSockets;
using StackExchange.Redis;

namespace AttrWs.Redis.Tests;

/// <summary>The bounded outgoing buffer and the stream entry format, without Redis.</summary>
public sealed class OutgoingBufferTests
{
    private static WebSocketBackplaneMessage Message(string text)
        => new(WebSocketBackplaneTarget.Group, "room", WebSocketMessageType.Text, System.Text.Encoding.UTF8.GetBytes(text));

    [Fact]
    public void A_full_buffer_drops_the_oldest_and_keeps_sequence_order()
    {
        var buffer = new OutgoingBuffer(3);
        Assert.Equal(0, buffer.Add(Message("1")));
        Assert.Equal(0, buffer.Add(Message("2")));
        Assert.Equal(0, buffer.Add(Message("3")));
        Assert.Equal(1, buffer.Add(Message("4")));
        Assert.Equal(1, buffer.Add(Message("5")));

        var batch = new List<OutgoingEntry>();
        Assert.True(buffer.PeekBatch(batch, 10));
        Assert.Equal([3L, 4L, 5L], batch.Select(e => e.Sequence));
        Assert.Equal(3, buffer.Count);

        // A lower bound set at start (the configured one) applies at the next add.
        buffer.Capacity = 1;
        Assert.Equal(3, buffer.Add(Message("6")));
        buffer.PeekBatch(batch, 10);
        Assert.Equal([6L], batch.Select(e => e.Sequence));
    }

    [Fact]
    public void Acknowledged_entries_are_removed_even_if_some_were_dropped_meanwhile()
    {
        var buffer = new OutgoingBuffer(2);
        buffer.Add(Message("1"));
        buffer.Add(Message("2"));
        var batch = new List<OutgoingEntry>();
        buffer.PeekBatch(batch, 1);
        Assert.Equal(1, batch[0].Sequence);

        // While sequence 1 was being written, a third message pushed it out; the acknowledgement must not remove 3.
        buffer.Add(Message("3"));
        buffer.RemoveThrough(batch[^1].Sequence);
        buffer.PeekBatch(batch, 10);
        Assert.Equal([2L, 3L], batch.Select(e => e.Sequence));
        buffer.RemoveThrough(3);
        Assert.False(buffer.PeekBatch(batch, 10));
    }

    [Fact]
    public void Entries_round_trip_through_the_stream_format()
    {
        var message = new WebSocketBackplaneMessage(WebSocketBackplaneTarget.Group, "room:1", WebSocketMessageType.Binary, new byte[] { 0, 1, 255 }, ["c1", "c2"]);
        var fields = StreamEntryCodec.Encode("node1", new OutgoingEntry(42, message));
        Assert.True(StreamEntryCodec.TryDecode(new StreamEntry("1-0", fields), out var decoded));
        Assert.Equal("node1", decoded.Origin);
        Assert.Equal(42, decoded.Sequence);
        Assert.Equal(WebSocketBackplaneTarget.Group, decoded.Message.Target);
        Assert.Equal("room:1", decoded.Message.Name);
        Assert.Equal(WebSocketMessageType.Binary, decoded.Message.Type);
        Assert.Equal(new byte[] { 0, 1, 255 }, decoded.Message.Payload.ToArray());
        Assert.Equal(["c1", "c2"], decoded.Message.ExcludedConnectionIds);

        var toAll = StreamEntryCodec.Encode("node1", new OutgoingEntry(1, new WebSocketBackplaneMessage(WebSocketBackplaneTarget.All, null, WebSocketMessageType.Text, "x"u8.ToArray())));
        Assert.True(StreamEntryCodec.TryDecode(new StreamEntry("2-0", toAll), out var all));
        Assert.Equal(WebSocketBackplaneTarget.All, all.Message.Target);
        Assert.Null(all.Message.Name);
        Assert.Empty(all.Message.ExcludedConnectionIds);
    }

    [Fact]
    public void Entries_this_version_cannot_read_are_refused_not_thrown()
    {
        Assert.False(StreamEntryCodec.TryDecode(new StreamEntry("1-0", [new NameValueEntry("o", "n"), new NameValueEntry("s", "x")]), out _));
        Assert.False(StreamEntryCodec.TryDecode(new StreamEntry("1-0", [new NameValueEntry("o", "n"), new NameValueEntry("s", "1"), new NameValueEntry("k", "?"), new NameValueEntry("p", "x")]), out _));
        Assert.False(StreamEntryCodec.TryDecode(new StreamEntry("1-0", [new NameValueEntry("o", "n"), new NameValueEntry("s", "1"), new NameValueEntry("k", "g"), new NameValueEntry("p", "x")]), out _));
    }
}
