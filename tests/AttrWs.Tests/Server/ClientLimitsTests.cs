using System.Net;
using AttrWs.Server;

namespace AttrWs.Tests.Server;

/// <summary>The per-client-address limiters: partitions by address, IPv4-mapped IPv6 normalised, retry-after, release.</summary>
public sealed class ClientLimitsTests
{
    private static readonly IPEndPoint V4 = new(IPAddress.Parse("192.0.2.7"), 40000);
    private static readonly IPEndPoint Mapped = new(IPAddress.Parse("::ffff:192.0.2.7"), 40001);
    private static readonly IPEndPoint Elsewhere = new(IPAddress.Parse("2001:db8::7"), 40002);

    [Fact]
    public void Both_limits_off_means_no_limiter_at_all()
    {
        Assert.Null(ClientLimits.Create(new WebSocketServerLimits()));
        using var admission = ClientLimits.Admit(null, V4);
        Assert.False(admission.IsRefused);
    }

    [Fact]
    public void An_IPv4_mapped_IPv6_peer_shares_the_budget_of_its_IPv4_form()
    {
        Assert.Equal(IPAddress.Parse("192.0.2.7"), ClientLimits.Normalize(Mapped.Address));
        using var limits = ClientLimits.Create(new WebSocketServerLimits { MaxConnectionsPerClient = 1 });

        var first = ClientLimits.Admit(limits, V4);
        Assert.False(first.IsRefused);
        using (var viaMapped = ClientLimits.Admit(limits, Mapped))
        {
            Assert.True(viaMapped.IsRefused);
            Assert.Contains("1 concurrent connections", viaMapped.Reason, StringComparison.Ordinal);
        }

        using (var otherAddress = ClientLimits.Admit(limits, Elsewhere))
        {
            Assert.False(otherAddress.IsRefused);
        }

        // Disposing the admission (the connection ended) releases the slot.
        first.Dispose();
        using var again = ClientLimits.Admit(limits, Mapped);
        Assert.False(again.IsRefused);
    }

    [Fact]
    public void The_handshake_bucket_refuses_with_the_limiter_s_own_retry_after()
    {
        using var limits = ClientLimits.Create(new WebSocketServerLimits { MaxHandshakesPerSecondPerClient = 2, RetryAfter = TimeSpan.FromSeconds(30) });
        using var a = ClientLimits.Admit(limits, V4);
        using var b = ClientLimits.Admit(limits, V4);
        using var c = ClientLimits.Admit(limits, V4);
        Assert.False(a.IsRefused);
        Assert.False(b.IsRefused);
        Assert.True(c.IsRefused);

        // The token bucket knows when a token comes back (within its 1 s period), so RetryAfter (30 s) is not used.
        Assert.Equal(1, c.RetryAfterSeconds);
        Assert.Contains("2 handshakes per second", c.Reason, StringComparison.Ordinal);
        using var other = ClientLimits.Admit(limits, Elsewhere);
        Assert.False(other.IsRefused);
    }

    [Fact]
    public void Peers_without_an_IP_address_are_not_limited()
    {
        using var limits = ClientLimits.Create(new WebSocketServerLimits { MaxConnectionsPerClient = 1, MaxHandshakesPerSecondPerClient = 1 });
        using var a = ClientLimits.Admit(limits, null);
        using var b = ClientLimits.Admit(limits, new DnsEndPoint("example.com", 80));
        Assert.False(a.IsRefused);
        Assert.False(b.IsRefused);
    }
}
