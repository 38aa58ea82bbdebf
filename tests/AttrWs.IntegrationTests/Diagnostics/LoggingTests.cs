using System.Net.WebSockets;
using AttrWs.IntegrationTests.Infrastructure;
using Microsoft.Extensions.Logging;

namespace AttrWs.IntegrationTests.Diagnostics;

public sealed class LoggingTests
{
    [Fact]
    public async Task Logs_the_path_but_never_the_query_string_or_header_values()
    {
        var logs = new CapturingLoggerFactory();
        await using (var server = await TestServer.StartEchoAsync(o => o.LoggerFactory = logs))
        {
            using var client = await server.ConnectAsync("/echo?access_token=SECRET-QUERY", o => o.SetRequestHeader("X-Api-Key", "SECRET-HEADER"));
            await client.CloseAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
            Assert.StartsWith("HTTP/1.1 404", await RawConnection.ExchangeAsync(server.Port, RawConnection.Request("/missing?token=SECRET-QUERY", "Authorization: Bearer SECRET-HEADER\r\n" + RawConnection.UpgradeHeaders)));
            await Eventually.TrueAsync(() => logs.Entries.Any(e => e.EventId.Id == 9), "session end logged");
        }

        Assert.DoesNotContain(logs.Entries, e => e.Message.Contains("SECRET", StringComparison.Ordinal));
        var opened = Assert.Single(logs.Entries, e => e.EventId.Id == 8);
        Assert.Contains(new KeyValuePair<string, object?>("Path", "/echo"), opened.State);
        var rejected = Assert.Single(logs.Entries, e => e.EventId.Id == 6);
        Assert.Contains(new KeyValuePair<string, object?>("Path", "/missing"), rejected.State);
        Assert.Contains(logs.Entries, e => e.EventId.Id == 1 && e.Level == LogLevel.Information);
    }

    [Fact]
    public async Task Logs_a_throwing_endpoint_as_an_error_with_its_exception()
    {
        var logs = new CapturingLoggerFactory();
        await using var server = await TestServer.StartAsync(s => s.Map("/throw", _ => throw new InvalidOperationException("boom")), o => o.LoggerFactory = logs);
        using var client = await server.ConnectAsync("/throw");
        Assert.Equal(WebSocketCloseStatus.InternalServerError, await client.ReceiveCloseAsync());
        await Eventually.TrueAsync(() => logs.Entries.Any(e => e.EventId.Id == 10), "endpoint failure logged");
        var entry = Assert.Single(logs.Entries, e => e.EventId.Id == 10);
        Assert.Equal(LogLevel.Error, entry.Level);
        Assert.Equal("boom", entry.Exception?.Message);
    }
}
