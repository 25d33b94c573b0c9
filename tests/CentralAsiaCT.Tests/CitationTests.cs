using CentralAsiaCT.Building;

namespace CentralAsiaCT.Tests;

/// <summary>Every fact of the edition carries, for each of its sources, the words that source is cited for.</summary>
public sealed class CitationTests
{
    private static readonly CentralAsiaData Data = CentralAsiaData.Default;

    [Fact]
    public void Every_fact_has_one_quote_per_source_in_the_order_of_its_sources()
    {
        var facts = Data.Sources.SelectMany(s => Data.Sources.FactsCiting(s)).Distinct().ToList();
        facts.Should().HaveCountGreaterThan(300);
        foreach (var fact in facts)
        {
            fact.Provenance.Citations.Select(c => c.Source).Should().Equal(fact.Provenance.Sources, fact.ToString());
            fact.Provenance.Citations.Should().OnlyContain(c => c.Quote.Trim().Length > 0);
        }
    }

    [Fact]
    public void An_erratum_quotes_the_claim_it_does_not_take_and_the_value_it_takes()
    {
        foreach (var erratum in Data.Errata)
        {
            erratum.ClaimCitations.Select(c => c.Source).Should().Equal(erratum.ClaimSources, erratum.ToString());
            erratum.Provenance.Citations.Should().HaveSameCount(erratum.Provenance.Sources);
        }

        var e13 = Data.Errata.Single(e => e.Id == "E13");
        e13.ClaimCitations.Single(c => c.Source.Id == "S-GA-FR-CTS").Quote.Should().Contain("unanimité");
        e13.Provenance.Citations.Should().OnlyContain(c => c.Quote.Contains("by consensus"));
    }

    [Fact]
    public void QuoteOf_gives_the_words_of_a_cited_source_and_null_for_another()
    {
        var observer = Data.Plans.Get("JPOA-2011").RoleOn(Data.States.Get("UZB"), new NodaTime.LocalDate(2015, 1, 1))!;
        observer.Provenance.QuoteOf(Data.Sources.Get("S-UNRCCA-JPOA")).Should().Be("with Uzbekistan opting for observer status");
        observer.Provenance.QuoteOf(Data.Sources.Get("S-CLDR")).Should().BeNull();
        FluentActions.Invoking(() => observer.Provenance.QuoteOf(null!)).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void A_package_read_from_files_carries_the_same_quotes_as_the_built_in_edition()
    {
        var loaded = DataSetReader.Read(Support.PublishedPackage.Tables);
        loaded.Participations.SelectMany(p => p.Provenance.Citations).Select(c => c.ToString())
            .Should().Equal(Data.Participations.SelectMany(p => p.Provenance.Citations).Select(c => c.ToString()));
    }

    [Fact]
    public void A_fact_whose_quote_is_missing_is_refused_with_its_row_and_source()
    {
        var report = CentralAsiaData.Read(new Support.PackageBytes { KeepCitationsInLine = false }
            .Replace("citations.csv", "places,ALMATY,source_ids,S-CTITF-ALMATY,\"in Almaty, Kazakhstan\"\r\n", string.Empty).AsFiles(), out var data);
        data.Should().BeNull();
        report.Errors.Should().ContainSingle().Which.Message.Should().Contain("S-CTITF-ALMATY").And.Contain("ALMATY");
    }
}
