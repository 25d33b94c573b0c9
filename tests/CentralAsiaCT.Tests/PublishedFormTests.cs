using System.Globalization;
using System.IO;
using System.Text.RegularExpressions;
using CentralAsiaCT.Naming;
using CentralAsiaCT.Sourcing;
using CentralAsiaCT.Tests.Support;
using CsCheck;
using Sylvan.Data.Csv;

namespace CentralAsiaCT.Tests;

/// <summary>
/// The names analysts paste from published lists: formal names, the forms lists print beside a name (a bracketed
/// article, an inverted form, a bracketed qualifier, abbreviations), and the list of such forms in
/// PublishedForms/published-forms.tsv, of which at least 95 % must be found and none as another state.
/// </summary>
public sealed class PublishedFormTests
{
    private static readonly CentralAsiaData Data = CentralAsiaData.Default;

    private static readonly string[] Articles = ["(the)", "(The)", "(le)", "(la)", "(les)", "(l')", "(l’)"];

    public static readonly TheoryData<string, string> IssueFindings = new()
    {
        // The forms the issue found missing, each with the state it names.
        { "Republic of Kazakhstan", "KAZ" },
        { "Kyrgyz Republic", "KGZ" },
        { "Islamic Republic of Iran", "IRN" },
        { "People's Republic of China", "CHN" },
        { "Slovak Republic", "SVK" },
        { "Республика Кыргызстан", "KGZ" },
        { "Russian Federation (the)", "RUS" },
        { "Kazakhstan (le)", "KAZ" },
        { "Kazakhstan (Republic of)", "KAZ" },
        { "Russie, Fédération de", "RUS" },
        { "Iran, Islamic Rep.", "IRN" },
    };

    [Theory]
    [MemberData(nameof(IssueFindings))]
    public void Every_form_the_issue_found_missing_is_found(string form, string alpha3)
    {
        Data.States.Get(form).Alpha3.Should().Be(alpha3);
        Data.States.TryGet(form, out var state).Should().BeTrue();
        state!.Alpha3.Should().Be(alpha3);
        Data.States.Search(form).First().Entity.Alpha3.Should().Be(alpha3);
    }

    [Theory]
    [InlineData("Russian Federation (the)", "RUS")]
    [InlineData("United States of America (The)", "USA")]
    [InlineData("Kazakhstan (le)", "KAZ")]
    [InlineData("Chine (la)", "CHN")]
    [InlineData("États-Unis d'Amérique (les)", "USA")]
    [InlineData("Ouzbékistan (l')", "UZB")]
    [InlineData("Afghanistan (l’)", "AFG")]
    public void A_trailing_article_in_brackets_is_dropped(string form, string alpha3) =>
        Data.States.Get(form).Alpha3.Should().Be(alpha3);

    [Theory]
    [InlineData("Russie, Fédération de", "RUS")]
    [InlineData("Iran, Islamic Republic of", "IRN")]
    [InlineData("Iran, République islamique d'", "IRN")]
    [InlineData("Russian Federation, the", "RUS")]
    public void An_inverted_form_with_a_comma_is_read_in_its_natural_order(string form, string alpha3) =>
        Data.States.Get(form).Alpha3.Should().Be(alpha3);

    [Theory]
    [InlineData("Kazakhstan (Republic of)", "KAZ")]
    [InlineData("Norway (Kingdom of)", "NOR")]
    [InlineData("Russie (la Fédération de)", "RUS")]
    [InlineData("Iran (République islamique d')", "IRN")]
    public void A_bracketed_qualifier_that_restates_the_formal_name_is_read_with_it(string form, string alpha3) =>
        Data.States.Get(form).Alpha3.Should().Be(alpha3);

    [Theory]
    [InlineData("Kazakhstan (Kingdom of)")]
    [InlineData("Norway (Republic of)")]
    [InlineData("Kazakhstan, Kyrgyzstan")]
    [InlineData("Kazakhstan (Kyrgyzstan)")]
    [InlineData("Russia, Fed.")]
    public void A_qualifier_that_does_not_restate_a_name_of_the_data_finds_nothing(string form)
    {
        Data.States.TryGet(form, out _).Should().BeFalse();
        FluentActions.Invoking(() => Data.States.Get(form)).Should().Throw<KeyNotFoundException>().WithMessage($"*'{form}'*");
    }

    [Theory]
    [InlineData("Iran, Islamic Rep.", "IRN")]
    [InlineData("Islamic Rep. of Iran", "IRN")]
    [InlineData("Iran (Is. Rep. of)", "IRN")]
    [InlineData("Kyrgyz Rep.", "KGZ")]
    [InlineData("Russian Fed.", "RUS")]
    [InlineData("Fédération de Russie", "RUS")]
    [InlineData("Rép. kirghize", "KGZ")]
    public void The_abbreviations_of_statistical_tables_are_expanded(string form, string alpha3) =>
        Data.States.Get(form).Alpha3.Should().Be(alpha3);

    [Fact]
    public void A_bracketed_article_after_any_name_or_code_finds_what_the_name_alone_finds()
    {
        var known = Data.States.Concat<Entity>(Data.Organisations).Concat(Data.Places)
            .SelectMany(e => e.Names.Select(n => n.Text)).Concat(Data.States.SelectMany(s => new[] { s.Alpha2, s.Alpha3, s.M49 })).Distinct().ToArray();
        Gen.Select(Gen.Int[0, known.Length - 1], Gen.Int[0, Articles.Length - 1], Gen.OneOfConst("", " ", "  ")).Sample(t =>
        {
            var (index, article, space) = t;
            var input = known[index] + space + Articles[article];
            return SameAnswer(known[index], input);
        });
    }

    [Fact]
    public void Two_names_joined_by_a_comma_or_a_bracket_never_name_a_third_entity_nor_the_qualifiers()
    {
        var names = Data.States.SelectMany(s => s.Names.Select(n => (Entity: s, n.Text))).ToArray();
        Gen.Select(Gen.Int[0, names.Length - 1], Gen.Int[0, names.Length - 1], Gen.Bool).Sample(t =>
        {
            var (head, qualifier, bracket) = t;
            var input = bracket ? $"{names[head].Text} ({names[qualifier].Text})" : $"{names[head].Text}, {names[qualifier].Text}";
            return !Data.States.TryGet(input, out var found) || found == names[head].Entity
                || (ReferenceEquals(names[head].Entity, names[qualifier].Entity) && found == names[head].Entity);
        });
    }

    [Fact]
    public void No_rewriting_makes_a_name_ambiguous_or_finds_another_entity_than_the_name_does()
    {
        // Every name and code of every kind, decorated the ways lists decorate them: the answer is the undecorated one.
        var all = Data.States.Concat<Entity>(Data.Organisations).Concat(Data.Places).SelectMany(e => e.Names.Select(n => n.Text)).Distinct();
        foreach (var text in all)
        {
            foreach (var input in new[] { $"{text} (the)", $"{text} (l')", $"{text}, the", $"{text} (la)" })
            {
                SameAnswer(text, input).Should().BeTrue($"'{input}' should find what '{text}' finds");
            }
        }
    }

    [Fact]
    public void At_least_95_percent_of_the_published_forms_are_found_and_none_as_another_state()
    {
        var (found, wrong, missing) = Measure();
        wrong.Should().BeEmpty();
        ((double)found / Forms.Value.Count).Should().BeGreaterThanOrEqualTo(0.95, "not found: " + string.Join(", ", missing));
    }

    [Fact]
    public void The_README_reports_the_share_the_published_forms_test_measures()
    {
        var (found, wrong, _) = Measure();
        var total = Forms.Value.Count;
        var percent = (100.0 * found / total).ToString("0.0", CultureInfo.InvariantCulture);
        Documentation.All.Should()
            .Contain($"{found} of the {total} published forms are found ({percent} %), {wrong.Count} as another state");
    }

    [Fact]
    public void Formal_names_are_sourced_graded_and_absent_where_no_source_gives_one()
    {
        var kazakhstan = Data.States.Get("KAZ");
        var formal = kazakhstan.Names.Where(n => n.Kind == NameKind.Formal).ToDictionary(n => n.Language);
        formal["en"].Text.Should().Be("Republic of Kazakhstan");
        formal["en"].Provenance.Grade.Should().Be(Grade.A);
        formal["en"].Provenance.Sources.Select(s => s.Id).Should().Equal(["S-ISO3166-ICODES", "S-STATE-C5-2022"], "a reproduction of ISO 3166 is not its publisher: the US State Department's page makes it A");
        formal["en"].Provenance.Sources[0].IsThirdPartyCopy.Should().BeTrue();
        formal["fr"].Text.Should().Be("République du Kazakhstan");
        formal["fr"].Provenance.Grade.Should().Be(Grade.B, "the French strings of iso-codes are its translators', and a reproduction");
        formal["ru"].Text.Should().Be("Республика Казахстан");
        kazakhstan.GetName("en").Text.Should().Be("Kazakhstan", "the formal name does not replace the short name");
        Data.States.Get("TKM").Names.Should().NotContain(n => n.Kind == NameKind.Formal, "iso-codes gives no official name for Turkmenistan");
        Data.States.Get("TUR").Names.Where(n => n.Kind == NameKind.Formal).Select(n => n.Language).Should().Equal("en");
        Data.States.Search("Republic of Kazakhstan").First().Kind.Should().Be(MatchKind.FormalName);
    }

    private static readonly Lazy<List<(string Form, string Alpha3)>> Forms = new(() =>
    {
        var forms = new List<(string, string)>();
        using var reader = CsvDataReader.Create(
            Path.Combine(AppContext.BaseDirectory, "PublishedForms", "published-forms.tsv"),
            new CsvDataReaderOptions { Delimiter = '\t' });
        while (reader.Read())
        {
            forms.Add((reader.GetString(0), reader.GetString(1)));
        }

        return forms;
    });

    private static (int Found, List<string> Wrong, List<string> Missing) Measure()
    {
        var found = 0;
        var wrong = new List<string>();
        var missing = new List<string>();
        foreach (var (form, alpha3) in Forms.Value)
        {
            if (!Data.States.TryGet(form, out var state))
            {
                missing.Add(form);
            }
            else if (state.Alpha3 == alpha3)
            {
                found++;
            }
            else
            {
                wrong.Add($"{form} -> {state.Alpha3}, not {alpha3}");
            }
        }

        return (found, wrong, missing);
    }

    // Whether the decorated input gets the same answer as the plain text, for each kind of lookup.
    private static bool SameAnswer(string text, string input) =>
        Answer<State>(Data.States.TryGet, text) == Answer<State>(Data.States.TryGet, input)
        && Answer<Organisation>(Data.Organisations.TryGet, text) == Answer<Organisation>(Data.Organisations.TryGet, input)
        && Answer<Place>(Data.Places.TryGet, text) == Answer<Place>(Data.Places.TryGet, input);

    private delegate bool TryLookup<T>(string input, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out T found);

    private static string? Answer<T>(TryLookup<T> lookup, string input)
        where T : Entity =>
        lookup(input, out var found) ? found.Id : null;

    [Fact]
    public void The_list_of_published_forms_says_where_each_form_comes_from()
    {
        var lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "PublishedForms", "published-forms.tsv")).Skip(1).ToArray();
        lines.Should().OnlyContain(l => Regex.IsMatch(l, "^[^\t]+\t[A-Z]{3}\t[^\t]+$"));
        Forms.Value.Select(f => f.Alpha3).Distinct().Should().HaveCount(16);
    }
}
