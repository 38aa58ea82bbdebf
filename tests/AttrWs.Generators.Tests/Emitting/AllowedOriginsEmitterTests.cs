using AttrWs.Generators.Tests.Infrastructure;

namespace AttrWs.Generators.Tests.Emitting;

/// <summary><c>[WebSocketEndpoint(AllowedOrigins = ...)]</c> reaches <see cref="WebSocketEndpoint.AllowedOrigins"/>.</summary>
public sealed class AllowedOriginsEmitterTests
{
    private const string Source = """
        using AttrWs;

        namespace App;

        public static class Endpoints
        {
            [WebSocketEndpoint("/listed", AllowedOrigins = " https://app.example.com ,, https://*.example.org ")]
            public static void Listed() { }

            [WebSocketEndpoint("/unlisted")]
            public static void Unlisted() { }
        }
        """;

    [Fact]
    public void Carries_trimmed_non_empty_allowed_origins_in_order()
    {
        using var app = GeneratorHarness.Run(Source).Load();
        var listed = app.EndpointMap.Single(e => e.Template == "/listed");
        Assert.Equal(["https://app.example.com", "https://*.example.org"], listed.AllowedOrigins);
    }

    [Fact]
    public void An_endpoint_without_allowed_origins_has_an_empty_list()
    {
        using var app = GeneratorHarness.Run(Source).Load();
        Assert.Empty(app.EndpointMap.Single(e => e.Template == "/unlisted").AllowedOrigins);
    }
}
