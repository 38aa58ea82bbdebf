using System.Net;
using Microsoft.Extensions.Configuration;

namespace AttrWs.Redis.Tests;

/// <summary>Backplane options are validated when the server starts; the error names the option.</summary>
public sealed class OptionsTests
{
    public static TheoryData<string, Action<RedisBackplaneOptions>> InvalidOptions => new()
    {
        { "RedisBackplaneOptions.Configuration", o => o.Configuration = null },
        { "RedisBackplaneOptions.Prefix", o => o.Prefix = "has space" },
        { "RedisBackplaneOptions.BufferCapacity", o => o.BufferCapacity = 0 },
        { "RedisBackplaneOptions.HeartbeatInterval", o => o.HeartbeatInterval = TimeSpan.Zero },
        { "RedisBackplaneOptions.HeartbeatTimeout", o => o.HeartbeatTimeout = TimeSpan.FromSeconds(1) },
        { "RedisBackplaneOptions.StreamMaxLength", o => o.StreamMaxLength = 0 },
        { "RedisBackplaneOptions.PollInterval", o => o.PollInterval = Timeout.InfiniteTimeSpan },
    };

    [Theory]
    [MemberData(nameof(InvalidOptions))]
    public async Task An_invalid_option_fails_the_server_start_naming_it(string optionName, Action<RedisBackplaneOptions> breakIt)
    {
        var backplaneOptions = new RedisBackplaneOptions { Configuration = "127.0.0.1:1", HeartbeatInterval = TimeSpan.FromSeconds(1), HeartbeatTimeout = TimeSpan.FromSeconds(3) };
        breakIt(backplaneOptions);
        await using var server = new WebSocketServer(new WebSocketServerOptions { Backplane = new RedisBackplane(backplaneOptions) }.Listen(IPAddress.Loopback, 0));
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => server.StartAsync());
        Assert.StartsWith(optionName, error.Message);
    }

    [Fact]
    public void Options_bind_from_a_configuration_section()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["AttrWs:Redis:Configuration"] = "redis.internal:6380,ssl=true",
                ["AttrWs:Redis:Prefix"] = "chat",
                ["AttrWs:Redis:BufferCapacity"] = "500",
                ["AttrWs:Redis:HeartbeatInterval"] = "00:00:02",
                ["AttrWs:Redis:HeartbeatTimeout"] = "00:00:06",
            })
            .Build();
        var options = new RedisBackplaneOptions();
        configuration.GetSection("AttrWs:Redis").Bind(options);

        Assert.Equal("redis.internal:6380,ssl=true", options.Configuration);
        Assert.Equal("chat", options.Prefix);
        Assert.Equal(500, options.BufferCapacity);
        Assert.Equal(TimeSpan.FromSeconds(2), options.HeartbeatInterval);
        Assert.Equal(TimeSpan.FromSeconds(6), options.HeartbeatTimeout);
        options.Validate();
    }

    [Fact]
    public void The_configuration_string_is_not_repeated_in_the_error()
    {
        var options = new RedisBackplaneOptions { Configuration = "127.0.0.1:1,password=hunter2,nosuchsetting=1" };
        var error = Assert.Throws<InvalidOperationException>(options.Validate);
        Assert.StartsWith("RedisBackplaneOptions.Configuration", error.Message);
        Assert.DoesNotContain("hunter2", error.Message);
    }
}
