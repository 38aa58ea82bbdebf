namespace AttrWs.PackageTests;

/// <summary>The files of a console app that uses AttrWs the way a user would: one package reference, nothing else.</summary>
internal static class ConsumerProject
{
    public static void Write(string directory, string feed, string version, string globalJson)
    {
        WriteProject(directory, feed, version, globalJson, treatWarningsAsErrors: true);
        WriteProgram(directory);
    }

    /// <summary>
    /// Everything but the code: a project as <c>dotnet new console</c> makes it (implicit usings, nullable) plus the package,
    /// a nuget.config with the temp feed, and files that keep anything above the folder from leaking in.
    /// </summary>
    public static void WriteProject(string directory, string feed, string version, string globalJson, bool treatWarningsAsErrors)
    {
        File.WriteAllText(Path.Combine(directory, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <TreatWarningsAsErrors>{(treatWarningsAsErrors ? "true" : "false")}</TreatWarningsAsErrors>
                <RestorePackagesPath>$(MSBuildThisFileDirectory)packages</RestorePackagesPath>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="AttrWs" Version="{version}" />
              </ItemGroup>
            </Project>
            """);

        // The temp feed for AttrWs, nuget.org for its dependencies (Microsoft.Extensions.*); nothing inherited.
        File.WriteAllText(Path.Combine(directory, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="attrws-test-feed" value="{feed}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" protocolVersion="3" />
              </packageSources>
            </configuration>
            """);

        // Empty props stop MSBuild's upward search, so no Directory.*.props above the temp folder can leak in.
        File.WriteAllText(Path.Combine(directory, "Directory.Build.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(directory, "Directory.Packages.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(directory, "global.json"), globalJson);
    }

    private static void WriteProgram(string directory)
    {

        File.WriteAllText(Path.Combine(directory, "Program.cs"), """
            using System.Net;
            using AttrWs;

            var options = new WebSocketServerOptions().Listen(IPAddress.Loopback, 0);
            await using var server = new WebSocketServer(options);
            server.MapGeneratedEndpoints();
            await server.StartAsync();
            Console.WriteLine($"ws://127.0.0.1:{server.ListeningEndPoints[0].Port}/ping");

            // Serve until the test closes standard input.
            await Console.In.ReadToEndAsync();
            await server.StopAsync();

            public static class PingEndpoints
            {
                [WebSocketEndpoint("/ping")]
                public static async Task Ping(WebSocketSession session)
                {
                    await foreach (var message in session.ReadMessagesAsync(session.Aborted))
                    {
                        await session.SendTextAsync("pong:" + message.GetText(), session.Aborted);
                    }
                }
            }
            """);
    }
}
