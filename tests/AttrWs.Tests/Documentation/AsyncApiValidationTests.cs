using System.Text.Json.Nodes;
using AttrWs.Documentation;
using AttrWs.Testing;
using Xunit.Abstractions;
using static AttrWs.Tests.Documentation.AsyncApiTestKit;

namespace AttrWs.Tests.Documentation;

/// <summary>
/// The documents validate with the official AsyncAPI parser (<c>@asyncapi/parser</c>, pinned in tests/AttrWs.Testing/asyncapi),
/// and the parser does report errors for broken ones, so a passing validation means something.
/// </summary>
public class AsyncApiValidationTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Document_of_the_generated_endpoints_validates_with_zero_errors()
    {
        foreach (var (name, json) in new[]
        {
            ("rich options", AsyncApiDocument.ToJson(Endpoints, RichOptions())),
            ("default options", AsyncApiDocument.ToJson(Endpoints)),
        })
        {
            var result = await AsyncApiValidator.ValidateAsync(json);
            output.WriteLine(name + ": " + result);
            Assert.True(result.IsValid, name + ": " + result);
            Assert.DoesNotContain(result.Diagnostics, d => d.Severity == "warning");
        }
    }

    [Theory]
    [InlineData("undefined channel parameter", "asyncapi3-channel-parameters", "channels.chat_room.parameters")]
    [InlineData("missing info.version", "asyncapi-document-resolved", "info")]
    [InlineData("operation message from another channel", "asyncapi3-operation-messages-from-referred-channel", "operations.DocumentedEndpoints.EchoAsync.send.messages.0")]
    public async Task Broken_documents_make_the_validator_report_errors(string breakage, string expectedCode, string expectedPath)
    {
        var document = JsonNode.Parse(AsyncApiDocument.ToJson(Endpoints, RichOptions()))!;
        switch (breakage)
        {
            case "undefined channel parameter":
                document["channels"]!["chat_room"]!["parameters"]!.AsObject().Remove("room");
                break;
            case "missing info.version":
                document["info"]!.AsObject().Remove("version");
                break;
            default:
                document["operations"]!["DocumentedEndpoints.EchoAsync.send"]!["messages"]![0]!["$ref"] = "#/channels/chat_room/messages/chat.v2.text";
                break;
        }

        var result = await AsyncApiValidator.ValidateAsync(document.ToJsonString());
        output.WriteLine(breakage + ": " + result);
        Assert.False(result.IsValid, breakage + ": the validator reported no error.");
        Assert.Contains(result.Errors, e => e.Code == expectedCode && e.Path == expectedPath);
    }
}
