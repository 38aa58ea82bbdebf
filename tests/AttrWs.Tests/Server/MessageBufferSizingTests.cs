using AttrWs.Sessions;

namespace AttrWs.Tests.Server;

/// <summary>How a session sizes a message's buffer (issue 15, target 6): once from the frame's announced length, never above the limit.</summary>
public sealed class MessageBufferSizingTests
{
    private const int Max = 16 * 1024 * 1024;

    [Fact]
    public void A_frame_that_announces_its_rest_gets_one_buffer_of_the_message_size()
        => Assert.Equal(Max, WebSocketSession.NextCapacity(capacity: 4096, count: 4096, max: Max, payloadRemaining: Max - 4096));

    [Fact]
    public void Without_an_announced_length_the_buffer_doubles()
        => Assert.Equal(8192, WebSocketSession.NextCapacity(capacity: 4096, count: 4096, max: Max, payloadRemaining: 0));

    [Fact]
    public void An_announced_length_smaller_than_double_still_doubles()
        => Assert.Equal(8192, WebSocketSession.NextCapacity(capacity: 4096, count: 4096, max: Max, payloadRemaining: 10));

    [Theory]
    [InlineData(long.MaxValue)]
    [InlineData((long)int.MaxValue + 5)]
    [InlineData(Max)]
    public void An_announced_length_above_the_limit_buys_no_more_than_the_limit(long payloadRemaining)
        => Assert.Equal(Max, WebSocketSession.NextCapacity(capacity: 4096, count: 4096, max: Max, payloadRemaining: payloadRemaining));

    [Fact]
    public void Doubling_stops_at_the_limit()
        => Assert.Equal(1000, WebSocketSession.NextCapacity(capacity: 1024, count: 1000, max: 1000, payloadRemaining: 0));

    [Theory]
    [InlineData(16)]
    [InlineData(4096)]
    [InlineData(MessageBuffers.LargeThreshold)]
    [InlineData(MessageBuffers.LargeThreshold + 1)]
    [InlineData(16 * 1024 * 1024)]
    public void Message_buffers_go_back_to_the_pool_they_came_from_and_are_reused(int length)
    {
        var first = MessageBuffers.Rent(length);
        Assert.True(first.Length >= length);
        MessageBuffers.Return(first);
        var second = MessageBuffers.Rent(length);
        Assert.Same(first, second);
        MessageBuffers.Return(second);
    }

    [Fact]
    public void A_large_buffer_is_reused_by_another_thread()
    {
        var rented = MessageBuffers.Rent(8 * 1024 * 1024);
        MessageBuffers.Return(rented);
        byte[]? onOtherThread = null;
        var thread = new Thread(() => onOtherThread = MessageBuffers.Rent(8 * 1024 * 1024));
        thread.Start();
        Assert.True(thread.Join(TimeSpan.FromSeconds(10)));
        Assert.Same(rented, onOtherThread);
        MessageBuffers.Return(onOtherThread!);
    }
}
