using System.Diagnostics;
using System.Text.Json;
using CentralAsiaCT.Tests.Support;

namespace CentralAsiaCT.Tests;

/// <summary>What a build restores (issue 32, N1): a newcomer's first <c>dotnet run</c> fetched 273 MB of runtime packs,
/// the Native AOT compiler and crossgen2 for four platforms, and every local pack compiled ReadyToRun images for them.
/// The projects are evaluated as MSBuild evaluates them for a restore, with the properties a command line gives.</summary>
public sealed class BuildCostTests
{
    [Fact]
    public void A_plain_build_of_the_tool_and_the_library_asks_for_no_runtime_pack_and_no_Native_AOT_compiler()
    {
        var tool = Properties("src/CentralAsiaCT.Cli", [], "PublishAot", "RuntimeIdentifiers", "PublishReadyToRun");
        tool.Should().OnlyContain(p => p.Value.Length == 0, "dotnet run --project src/CentralAsiaCT.Cli needs the installed runtime only");

        var library = Properties("src/CentralAsiaCT", ["TargetFramework=net10.0"], "RuntimeIdentifiers", "PublishReadyToRun");
        library.Should().OnlyContain(p => p.Value.Length == 0, "a local pack leaves the ReadyToRun images out");
    }

    [Fact]
    public void A_release_pack_builds_the_ReadyToRun_images_of_four_platforms()
    {
        var library = Properties("src/CentralAsiaCT", ["TargetFramework=net10.0", "ReleasePack=true"], "RuntimeIdentifiers", "PublishReadyToRun");

        library["RuntimeIdentifiers"].Split(';').Should().BeEquivalentTo("linux-x64", "linux-arm64", "win-x64", "osx-arm64");
        library["PublishReadyToRun"].Should().Be("true");
    }

    [Theory]
    [InlineData("RuntimeIdentifier=linux-x64", "true")]
    [InlineData("RuntimeIdentifier=any", "")]
    public void The_tool_is_Native_AOT_only_when_built_for_one_platform(string property, string publishAot) =>
        Properties("src/CentralAsiaCT.Cli", [property], "PublishAot", "Unused")["PublishAot"].Should().Be(publishAot);

    // -getProperty with two names or more prints {"Properties": {name: value}}.
    private static Dictionary<string, string> Properties(string project, string[] given, params string[] names)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Repository.Root };
        foreach (var argument in new[] { "msbuild", project }.Concat(given.Select(p => "-p:" + p)).Concat(names.Select(n => "-getProperty:" + n)))
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        process.ExitCode.Should().Be(0, output + process.StandardError.ReadToEnd());
        using var json = JsonDocument.Parse(output);
        return json.RootElement.GetProperty("Properties").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!);
    }
}
