#:property TargetFramework=net10.0
#:property GenerateDocumentationFile=true
#:property NoWarn=$(NoWarn);CS1591
// Checks what the packed packages carry, as NuGet and users see them: the licence expression of code and data, the
// icon, the readme (with no link that breaks where nuget.org shows it), the release notes (the lines that open the
// changelog's newest section, under nuget.org's 35,000 characters) and the changelog itself, and for the tool the runtimes it
// is packed for (a native linux-x64 package and a framework-dependent fallback). A CI step, run on the packed feed.
// Usage: dotnet run tests/PackageMetadata/check-packages.cs -- <feed folder> <version> <CHANGELOG.md>
using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;

if (args.Length != 3)
{
    Console.Error.WriteLine("usage: check-packages <feed folder> <version> <CHANGELOG.md>");
    return 2;
}

var (feed, version) = (args[0], args[1]);
var changelog = File.ReadAllText(args[2]);
var releaseNotes = Regex.Replace(changelog, @"(?s)^.*?\n## Unreleased[^\n]*\n(.*?)\n### .*$", "$1").Trim();
var failures = 0;

void Check(bool ok, string what)
{
    Console.WriteLine($"{(ok ? "ok     " : "FAILED ")} {what}");
    failures += ok ? 0 : 1;
}

ZipArchive Open(string id) => ZipFile.OpenRead(Path.Combine(feed, $"{id}.{version}.nupkg"));

XElement Metadata(ZipArchive package)
{
    var nuspec = package.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal));
    using var stream = nuspec.Open();
    return XDocument.Load(stream).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
}

string Text(ZipArchive package, string name)
{
    using var reader = new StreamReader(package.GetEntry(name)!.Open());
    return reader.ReadToEnd();
}

string? Field(XElement metadata, string name) => metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name)?.Value;

foreach (var id in new[] { "CentralAsiaCT", "CentralAsiaCT.Cli" })
{
    using var package = Open(id);
    var metadata = Metadata(package);
    var license = metadata.Elements().Single(e => e.Name.LocalName == "license");
    Check((string?)license.Attribute("type") == "expression" && license.Value == "MIT AND CC-BY-4.0", $"{id}: licence expression '{license.Value}'");
    Check(Field(metadata, "icon") == "icon.png" && package.GetEntry("icon.png") is { Length: > 0 }, $"{id}: icon.png");
    Check(Field(metadata, "readme") == "README.md" && package.GetEntry("README.md") is { Length: > 0 }, $"{id}: README.md");
    var readme = Text(package, "README.md");
    var relative = Regex.Matches(readme, @"\]\((?!https?://)[^)]*\)").Select(m => m.Value).ToList();
    Check(relative.Count == 0, $"{id}: README.md has no relative link or in-page anchor, which break on nuget.org ({string.Join(" ", relative.Take(3))})");
    Check(Field(metadata, "releaseNotes")?.Trim() == releaseNotes && releaseNotes.Length is > 0 and <= 35_000 && releaseNotes.Contains("CHANGELOG.md", StringComparison.Ordinal),
        $"{id}: release notes are the lines that open the changelog's newest section ({releaseNotes.Length} characters)");
    Check(Text(package, "CHANGELOG.md") == changelog, $"{id}: CHANGELOG.md, as in the repository");
}

using (var library = Open("CentralAsiaCT"))
{
    // ReadyToRun code for four platforms beside the IL of lib/net10.0, which every other platform compiles at run time.
    var images = library.Entries.Where(e => e.FullName.StartsWith("runtimes/", StringComparison.Ordinal)).Select(e => e.FullName).Order(StringComparer.Ordinal).ToList();
    string[] platforms = ["linux-arm64", "linux-x64", "osx-arm64", "win-x64"];
    Check(images.SequenceEqual(platforms.Select(rid => $"runtimes/{rid}/lib/net10.0/CentralAsiaCT.dll")), $"CentralAsiaCT: ReadyToRun images {string.Join(", ", images)}");
    Check(library.GetEntry("lib/net10.0/CentralAsiaCT.dll") is not null && library.GetEntry("lib/netstandard2.0/CentralAsiaCT.dll") is not null, "CentralAsiaCT: IL for net10.0 and netstandard2.0");
}

using (var pointer = Open("CentralAsiaCT.Cli"))
{
    using var settings = pointer.GetEntry("tools/any/any/DotnetToolSettings.xml")!.Open();
    var runtimes = XDocument.Load(settings).Descendants().Where(e => e.Name.LocalName == "RuntimeIdentifierPackage")
        .Select(e => $"{e.Attribute("RuntimeIdentifier")?.Value}={e.Attribute("Id")?.Value}").ToList();
    Check(runtimes.SequenceEqual(["linux-x64=CentralAsiaCT.Cli.linux-x64", "any=CentralAsiaCT.Cli.any"]), $"the tool points to {string.Join(", ", runtimes)}");
}

using (var native = Open("CentralAsiaCT.Cli.linux-x64"))
{
    var files = native.Entries.Where(e => e.FullName.StartsWith("tools/", StringComparison.Ordinal)).Select(e => e.FullName).ToList();
    var binary = native.GetEntry("tools/any/linux-x64/centralasia-ct");
    var magic = new byte[4];
    if (binary is not null)
    {
        using var stream = binary.Open();
        stream.ReadExactly(magic);
    }

    Check(magic.SequenceEqual(new byte[] { 0x7F, (byte)'E', (byte)'L', (byte)'F' }), "CentralAsiaCT.Cli.linux-x64: a native ELF program");
    Check(!files.Any(f => f.EndsWith(".dll", StringComparison.Ordinal) || f.EndsWith(".dbg", StringComparison.Ordinal)), $"CentralAsiaCT.Cli.linux-x64: no managed assembly, no debug symbols ({string.Join(", ", files)})");
}

using (var fallback = Open("CentralAsiaCT.Cli.any"))
{
    Check(fallback.Entries.Any(e => e.FullName.EndsWith("/centralasia-ct.dll", StringComparison.Ordinal)), "CentralAsiaCT.Cli.any: the framework-dependent fallback");
}

Console.WriteLine(failures == 0 ? "packages: every check passed" : $"packages: {failures} checks failed");
return failures == 0 ? 0 : 1;
