using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using AttrWs.IntegrationTests.Infrastructure;

namespace AttrWs.IntegrationTests.Server;

public sealed class TlsTests
{
    [Fact]
    public async Task Wss_round_trip_with_a_self_signed_certificate()
    {
        using var certificate = CreateSelfSigned();
        await using var server = await TestServer.StartEchoAsync(o => o.Certificate = certificate);
        using var client = new System.Net.WebSockets.ClientWebSocket();
        client.Options.RemoteCertificateValidationCallback = (_, cert, _, _) => cert?.GetCertHashString() == certificate.GetCertHashString();
        using var timeout = new CancellationTokenSource(ClientExtensions.Timeout);
        await client.ConnectAsync(server.Uri("/echo", "wss"), timeout.Token);
        await client.SendTextAsync("over tls");
        Assert.Equal("over tls", await client.ReceiveTextAsync());
    }

    [Fact]
    public async Task Plain_ws_client_cannot_talk_to_a_tls_listener()
    {
        using var certificate = CreateSelfSigned();
        await using var server = await TestServer.StartEchoAsync(o =>
        {
            o.Certificate = certificate;
            o.Limits.HandshakeTimeout = ClientExtensions.Timeout * 4; // the refusal must come from TLS, not from the handshake timeout
        });
        using var client = new System.Net.WebSockets.ClientWebSocket();
        using var timeout = new CancellationTokenSource(ClientExtensions.Timeout);
        var error = await Assert.ThrowsAsync<System.Net.WebSockets.WebSocketException>(() => client.ConnectAsync(server.Uri("/echo"), timeout.Token));
        Assert.False(timeout.IsCancellationRequested, "the listener refused the plaintext request; the client did not merely give up: " + error.Message);
        Assert.Equal(System.Net.WebSockets.WebSocketState.Closed, client.State);

        // And it never answered in plaintext HTTP: the connection just ends.
        using var raw = await RawConnection.ConnectAsync(server.Port);
        await raw.SendAsync(System.Text.Encoding.ASCII.GetBytes(RawConnection.Request("/echo", RawConnection.UpgradeHeaders)));
        string answer;
        try
        {
            answer = await raw.ReadToEndAsync();
        }
        catch (System.Net.Sockets.SocketException)
        {
            answer = string.Empty; // reset
        }

        Assert.DoesNotContain("HTTP/1.1", answer, StringComparison.Ordinal);
    }

    /// <summary>A self-signed server certificate for localhost and 127.0.0.1 (also the keep-alive tests' TLS server's).</summary>
    internal static X509Certificate2 CreateSelfSigned()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var san = new SubjectAlternativeNameBuilder();
        san.AddDnsName("localhost");
        san.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(san.Build());
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], false));
        return request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddHours(1));
    }
}
