using System.Net.WebSockets;
using System.Text;
using AttrWs.ConformanceTests.Infrastructure;

namespace AttrWs.ConformanceTests.Corpus;

/// <summary>
/// The raw-TCP handshake corpus (corpus/*.http): every request gets exactly its expected status and headers from a
/// real server, and after all of them the server still serves a normal client.
/// </summary>
public sealed class HandshakeCorpusTests(CorpusServerFixture fixture) : IClassFixture<CorpusServerFixture>
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var corpusCase in CorpusCase.All)
        {
            data.Add(corpusCase.File);
        }

        return data;
    }

    [Fact]
    public void Corpus_has_at_least_80_cases_each_with_a_file()
    {
        Assert.True(CorpusCase.All.Count >= 80, $"only {CorpusCase.All.Count} cases");
        var files = Directory.GetFiles(CorpusCase.Directory, "*.http").Select(Path.GetFileName).ToHashSet();
        Assert.Equal(files.Count, CorpusCase.All.Count);
        Assert.All(CorpusCase.All, c => Assert.Contains(c.File, files));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public Task Server_answers_each_corpus_request_with_its_expected_status_and_headers(string file)
        => CorpusRunner.RunAsync(fixture.Server, CorpusCase.All.Single(c => c.File == file));

    [Fact]
    public async Task Server_still_serves_a_normal_client_after_the_whole_corpus()
    {
        await using var server = await ConformanceServer.StartAsync();
        foreach (var corpusCase in CorpusCase.All)
        {
            await CorpusRunner.RunAsync(server, corpusCase);
        }

        using var client = new ClientWebSocket();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await client.ConnectAsync(server.Ws("/echo"), timeout.Token);
        await client.SendAsync("still alive"u8.ToArray(), WebSocketMessageType.Text, true, timeout.Token);
        var buffer = new byte[64];
        var result = await client.ReceiveAsync(buffer, timeout.Token);
        Assert.Equal("still alive", Encoding.UTF8.GetString(buffer, 0, result.Count));
        await client.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", timeout.Token);
        Assert.Equal(WebSocketCloseStatus.NormalClosure, client.CloseStatus);
    }
}
