using System.IO;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using CentralAsiaCT.Tests.Support;

namespace CentralAsiaCT.Tests;

/// <summary>What the repository and its packages say about themselves agrees with the data and the build.</summary>
public sealed class RepositoryMetadataTests
{
    private static readonly JsonElement Descriptor = JsonDocument.Parse(File.ReadAllText(Path.Combine(Repository.Data, "datapackage.json"))).RootElement;

    private static readonly string Citation = File.ReadAllText(Repository.InRoot("CITATION.cff"));

    private static string CffValue(string key) =>
        Regex.Match(Citation, $@"^{key}: ""?(?<value>[^""\r\n]+)""?\r?$", RegexOptions.Multiline) is { Success: true } m
            ? m.Groups["value"].Value
            : throw new InvalidOperationException($"CITATION.cff has no top-level '{key}'.");

    [Fact]
    public void CITATION_cff_names_the_data_version_and_licence_of_the_data_package()
    {
        CffValue("cff-version").Should().Be("1.2.0");
        CffValue("type").Should().Be("dataset");
        CffValue("version").Should().Be(Descriptor.GetProperty("version").GetString());
        CffValue("license").Should().Be(Descriptor.GetProperty("licenses")[0].GetProperty("name").GetString());
    }

    [Fact]
    public void The_changelog_gives_the_code_version_and_the_data_version_side_by_side()
    {
        var changelog = File.ReadAllText(Repository.InRoot("CHANGELOG.md"));
        var code = XDocument.Load(Repository.InRoot("Directory.Build.props")).Descendants("VersionPrefix").Single().Value;
        var data = Descriptor.GetProperty("version").GetString();

        changelog.Should().Contain($"code {code} with data {data}");
        changelog.Should().Contain($"### Data {data}\n").And.Contain("### Code\n");
    }

    [Fact]
    public void The_packages_say_what_they_carry_code_and_data_licences_icon_and_release_notes()
    {
        var props = XDocument.Load(Repository.InRoot("Directory.Build.props"));
        props.Descendants("PackageLicenseExpression").Single().Value.Should().Be("MIT AND CC-BY-4.0");
        props.Descendants("PackageIcon").Single().Value.Should().Be("icon.png");
        props.Descendants("PackageReleaseNotes").Single().Value.Should().Contain("CHANGELOG.md");
        File.ReadAllBytes(Repository.InRoot("src", "CentralAsiaCT", "icon.png")).Take(8).Should().Equal(0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A);
        foreach (var project in new[] { "CentralAsiaCT/CentralAsiaCT.csproj", "CentralAsiaCT.Cli/CentralAsiaCT.Cli.csproj" })
        {
            XDocument.Load(Repository.InRoot("src", project)).Descendants("None")
                .Should().Contain(n => (string?)n.Attribute("Include") == "$(RepoRoot)src/CentralAsiaCT/icon.png" && (string?)n.Attribute("Pack") == "true", project);
        }
    }

    [Fact]
    public void The_README_table_of_contents_links_every_second_level_heading()
    {
        var readme = File.ReadAllText(Repository.InRoot("README.md"));
        var headings = Regex.Matches(readme, @"^## (?<title>.+?)\r?$", RegexOptions.Multiline).Select(m => m.Groups["title"].Value)
            .Where(t => t != "Contents").ToList();
        var contents = Regex.Match(readme, @"^## Contents\r?\n(?<list>(?:\r?\n|- .*\r?\n)+)", RegexOptions.Multiline);
        contents.Success.Should().BeTrue("the README has a short table of contents");
        var links = Regex.Matches(contents.Groups["list"].Value, @"^- \[(?<title>[^\]]+)\]\(#(?<anchor>[^)]+)\)", RegexOptions.Multiline).ToList();

        links.Select(l => l.Groups["title"].Value).Should().Equal(headings);
        links.Select(l => l.Groups["anchor"].Value).Should().Equal(headings.Select(Anchor));
    }

    [Fact]
    public void The_README_is_a_newcomers_read_and_leads_to_every_guide()
    {
        // N16: 1,153 lines, and the package's readme on nuget.org; the reference is in the guides.
        Documentation.Readme.Split('\n').Length.Should().BeLessThanOrEqualTo(400);
        foreach (var guide in Documentation.GuidePaths)
        {
            Documentation.Readme.Should().Contain($"](src/docs/guide/{Path.GetFileName(guide)}", "the README leads to every guide");
        }
    }

    [Fact]
    public void Every_relative_link_of_the_README_and_the_guides_leads_to_a_file_and_heading_that_exist()
    {
        foreach (var document in new[] { Repository.InRoot("README.md") }.Concat(Documentation.GuidePaths))
        {
            var text = File.ReadAllText(document);
            foreach (Match link in Regex.Matches(text, @"\]\((?!https?://)(?<path>[^)#]*)(#(?<anchor>[^)]+))?\)"))
            {
                var path = link.Groups["path"].Value;
                var target = path.Length == 0 ? document : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(document)!, path));
                (File.Exists(target) || Directory.Exists(target)).Should().BeTrue($"{Path.GetFileName(document)} links to {link.Value}");
                if (link.Groups["anchor"].Success)
                {
                    var headings = Regex.Matches(File.ReadAllText(target), @"^#+ (?<title>.+?)\r?$", RegexOptions.Multiline).Select(m => Anchor(m.Groups["title"].Value));
                    headings.Should().Contain(link.Groups["anchor"].Value, $"{Path.GetFileName(document)} links to {link.Value}");
                }
            }
        }
    }

    // GitHub's anchors: lower case, punctuation other than '-' and '_' dropped, spaces as '-'.
    private static string Anchor(string heading) =>
        Regex.Replace(heading.ToLowerInvariant(), @"[^\p{L}\p{Nd}\s_-]", string.Empty).Replace(' ', '-');
}
