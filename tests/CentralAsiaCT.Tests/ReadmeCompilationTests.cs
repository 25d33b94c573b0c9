using System.IO;
using System.Text.RegularExpressions;
using CentralAsiaCT.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CentralAsiaCT.Tests;

/// <summary>
/// Each C# block of the README compiles as a user pastes it: after the README's own preamble, as a file of top-level
/// statements, against the library and nothing the README does not name.
/// </summary>
public sealed class ReadmeCompilationTests
{
    private const string PreambleMarker = "// The preamble of every example in the README and the guides.";

    private static readonly List<string> Blocks = Regex
        .Matches(Documentation.All, @"```csharp\r?\n(?<body>.*?)\r?\n```", RegexOptions.Singleline)
        .Select(m => m.Groups["body"].Value)
        .ToList();

    private static readonly Lazy<MetadataReference[]> References = new(() =>
    {
        // The framework the tests run on, plus exactly the packages the preamble names.
        var framework = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        var packages = new[] { typeof(CentralAsiaData), typeof(NodaTime.LocalDate), typeof(FluentAssertions.AssertionExtensions) }.Select(t => t.Assembly.Location);
        return framework.Concat(packages).Distinct().Select(path => (MetadataReference)MetadataReference.CreateFromFile(path)).ToArray();
    });

    public static TheoryData<int> BlockNumbers()
    {
        var numbers = new TheoryData<int>();
        for (var i = 0; i < Blocks.Count; i++)
        {
            if (!Blocks[i].StartsWith(PreambleMarker, StringComparison.Ordinal))
            {
                numbers.Add(i);
            }
        }

        return numbers;
    }

    [Fact]
    public void The_README_states_the_preamble_once_before_every_example()
    {
        Blocks.Count(b => b.StartsWith(PreambleMarker, StringComparison.Ordinal)).Should().Be(1);
        var apiGuide = File.ReadAllText(Repository.InRoot("src", "docs", "guide", "api.md"));
        Regex.Match(apiGuide, @"```csharp\r?\n(?<body>.*?)\r?\n```", RegexOptions.Singleline).Groups["body"].Value.Should().StartWith(PreambleMarker, "it opens the API guide");
        Compile(string.Empty).Should().BeEmpty("the preamble compiles on its own");
    }

    [Theory]
    [MemberData(nameof(BlockNumbers))]
    public void Each_example_compiles_as_pasted_after_the_preamble(int block)
    {
        Compile(Blocks[block]).Should().BeEmpty($"README block {block} must compile after the preamble:\n{Blocks[block]}");
    }

    [Fact]
    public void A_block_that_uses_what_the_preamble_lacks_does_not_compile()
    {
        // The check itself can fail: an undefined variable and a namespace the preamble does not import are errors.
        Compile("Console.WriteLine(undefinedFolder);").Should().Contain(e => e.Contains("CS0103"));
        Compile("var x = new System.Net.Http.HttpClient(); Console.WriteLine(JsonSerializer.Serialize(x));").Should().Contain(e => e.Contains("CS0103"));
    }

    private static List<string> Compile(string block)
    {
        var preamble = Blocks.Single(b => b.StartsWith(PreambleMarker, StringComparison.Ordinal));
        var tree = CSharpSyntaxTree.ParseText(preamble + "\n" + block, new CSharpParseOptions(LanguageVersion.Latest));
        var compilation = CSharpCompilation.Create(
            "ReadmeBlock",
            [tree],
            References.Value,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));
        return compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()).ToList();
    }
}
