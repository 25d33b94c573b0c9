using CentralAsiaCT.Dating;
using CentralAsiaCT.Sourcing;

namespace CentralAsiaCT.Tests;

/// <summary>The findings of the 2026-12-05 audit and walk-through on the data itself: each value as its sources give it,
/// and a grade that is the fact's own.</summary>
public sealed class CitableDataTests
{
    private static readonly CentralAsiaData Data = CentralAsiaData.Default;

    [Fact]
    public void Reviews_1_to_8_were_adopted_by_consensus_and_each_says_so_in_a_quote()
    {
        var reviews = Data.Strategy.Reviews;
        reviews.Take(8).Should().OnlyContain(r => r.Adoption == ReviewAdoption.Consensus);
        reviews[8].Adoption.Should().Be(ReviewAdoption.RecordedVote);

        // D2: review 8 said "unanimous" with no quote that says so; every value now has words of a source behind it.
        foreach (var review in reviews.Take(8))
        {
            review.Provenance.Citations.Should().Contain(
                c => c.Quote.Contains("consensus", StringComparison.OrdinalIgnoreCase) || c.Quote.Contains("consensual", StringComparison.OrdinalIgnoreCase),
                $"review {review.Ordinal} is consensus on a source's words");
        }
    }

    [Fact]
    public void The_press_unanimously_is_kept_as_erratum_E17_with_the_words_of_each_source()
    {
        var e17 = Data.Errata.Where(e => e.Id == "E17").ToList();
        e17.Select(e => e.EntityId).Should().Equal("REVIEW-1", "REVIEW-2", "REVIEW-3", "REVIEW-6", "REVIEW-7", "REVIEW-8");
        e17.Should().OnlyContain(e => e.Taken == "consensus" && e.Field == "adoption");
        e17.Should().OnlyContain(e => e.ClaimCitations.Any(c => c.Quote.Contains("nanimous", StringComparison.OrdinalIgnoreCase) || c.Quote.Contains("единогласно", StringComparison.Ordinal)));
    }

    [Fact]
    public void The_values_sources_give_are_no_longer_blank()
    {
        var third = Data.Reviews.Get("A/RES/66/282");
        third.AdoptedOn.Should().Be(KnownDate.OnDay(new NodaTime.LocalDate(2012, 6, 29)));
        third.Provenance.Sources.Select(s => s.Id).Should().Contain("S-UNPRESS-GA11261");

        var fifth = Data.Strategy.Reviews[4];
        fifth.Symbol.Should().Be("A/RES/70/291");
        fifth.Provenance.Grade.Should().Be(Grade.B, "the symbol rests on a Scribd copy of a CTITF page alone");

        Data.Strategy.Reviews[0].Provenance.Grade.Should().Be(Grade.A, "GA/10738 is the UN's own record");
        Data.Strategy.Reviews.Where(r => r.Symbol is null).Select(r => r.Ordinal).Should().Equal(8, 9);
    }

    [Fact]
    public void The_2022_documents_have_their_own_adoption_day_and_the_2011_ones_the_meetings()
    {
        foreach (var id in new[] { "JPOA-2022", "DECL-2022" })
        {
            var document = Data.Documents.Get(id);
            document.AdoptionDate.IsMeetingDate.Should().BeFalse();
            document.AdoptedOn.Should().Be(KnownDate.OnDay(new NodaTime.LocalDate(2022, 3, 3)), "D26: the day, not the conference's two");
            document.AdoptedAt.Date.Precision.Should().Be(DatePrecision.DayRange);
            document.AdoptionDate.Provenance.Grade.Should().Be(Grade.B);
        }

        var plan2011 = Data.Plans.Get("JPOA-2011");
        plan2011.AdoptionDate.IsMeetingDate.Should().BeTrue();
        plan2011.AdoptionDate.Provenance.Should().Be(plan2011.AdoptedAt.Provenance);
    }

    [Fact]
    public void Phase_III_was_launched_in_April_2018_and_May_is_kept_as_a_claim()
    {
        Data.Timeline.Get("LAUNCH-2018").Date.Should().Be(KnownDate.InMonth(new NodaTime.YearMonth(2018, 4)));
        var e18 = Data.Errata.Single(e => e.Id == "E18");
        (e18.EntityId, e18.Taken).Should().Be(("LAUNCH-2018", "2018-04"));
        e18.ClaimSources.Select(s => s.Id).Should().Equal("S-PAKOBSERVER-2018-05-03");
    }

    [Fact]
    public void A_copy_is_named_as_one_and_no_grade_A_fact_rests_on_third_party_copies_alone()
    {
        var mirror = Data.Sources.Get("S-UNOCT-CA-COPY");
        mirror.Copy.Should().Be(SourceCopy.Mirror);
        mirror.Publisher.Should().Be("United Nations (UNOCT)");
        mirror.OriginalAddressText.Should().StartWith("https://www.un.org/");
        Data.Sources.Get("S-UNNEWS-2016-07-01").Copy.Should().Be(SourceCopy.Archive);
        Data.Sources.Get("S-UNNEWS-2016-07-01").IsThirdPartyCopy.Should().BeFalse("an archive's copy counts as the publisher's");

        var facts = Facts().ToList();
        facts.Should().HaveCountGreaterThan(400, "every entity, name, milestone, role, erratum and document date");
        facts.Where(f => f.Provenance.Grade == Grade.A && f.Provenance.Sources.All(s => s.IsThirdPartyCopy))
            .Select(f => f.What).Should().BeEmpty("D6: a copy can be faithful, but it is not its publisher");
    }

    [Fact]
    public void Quotes_are_as_printed_and_each_source_is_cited_for_what_it_says()
    {
        // Pages that print a Russian name only in an oblique case are quoted as printed.
        QuoteOf("SCO", "ru", "S-UZDAILY-SCO").Should().Be("Шанхайской организации сотрудничества");
        QuoteOf("CIS", "ru", "S-CISATC-2022").Should().Be("Содружества Независимых Государств");
        QuoteOf("UNRCCA", "ru", "S-NCA-2025-11-28").Should().Be("Региональным центром ООН по превентивной дипломатии для Центральной Азии");

        // UNOCT's English page is not the source of its French and Russian names.
        Data.Entities.Get("UNOCT").Names.Where(n => n.Language != "en").Should().OnlyContain(n => n.Provenance.Sources.All(s => s.Languages.Contains(n.Language)));

        // Every place is placed in its state by some source's words.
        foreach (var place in Data.Places)
        {
            var stateNames = place.State.Names.Select(n => n.Text).ToList();
            place.Provenance.Citations.Should().Contain(c => stateNames.Any(name => c.Quote.Contains(name, StringComparison.OrdinalIgnoreCase)), $"a source says {place.Id} is in {place.State.Id}");
        }

        Data.Entities.Get("EU").Provenance.Citations.Should().Contain(c => c.Quote.Contains("regional organizations", StringComparison.Ordinal), "the EU's kind");
        Data.Errata.Single(e => e.Id == "E14").Evidence.Should().NotContain("coopération (OCS)\" and", "the DPPA page writes (EN) after the name");
        Data.Errata.Single(e => e.Id == "E10" && e.EntityId == "EM1").Evidence.Should().NotContain("CTITF");
        Data.Sources.Get("S-ANI-2022-06-02").Publisher.Should().StartWith("Asian News International (ANI)");
    }

    private static string QuoteOf(string entity, string language, string source)
    {
        var name = Data.Entities.Get(entity).Names.Single(n => n.Language == language && n.Kind == Naming.NameKind.Official);
        return name.Provenance.QuoteOf(Data.Sources.Get(source))!;
    }

    private static IEnumerable<(string What, Provenance Provenance)> Facts()
    {
        IEnumerable<Entity> entities = [Data.Strategy, .. Data.Pillars, .. Data.Initiatives, .. Data.Plans, .. Data.Documents.Declarations, .. Data.Strategy.Reviews,
            .. Data.Timeline, .. Data.States, .. Data.Organisations, .. Data.Places];
        foreach (var entity in entities)
        {
            yield return (entity.Id, entity.Provenance);
            foreach (var name in entity.Names)
            {
                yield return ($"{entity.Id} name {name.Text}", name.Provenance);
            }

            foreach (var milestone in entity.Milestones)
            {
                yield return ($"{entity.Id} {milestone.Kind}", milestone.Provenance);
            }
        }

        foreach (var document in Data.Plans.Cast<Document>().Concat(Data.Documents.Declarations))
        {
            yield return ($"{document.Id} adopted on", document.AdoptionDate.Provenance);
        }

        foreach (var role in Data.Participations)
        {
            yield return ($"{role.Participant.Id} {role.Role} {role.Target.Id}", role.Provenance);
        }

        foreach (var erratum in Data.Errata)
        {
            yield return ($"erratum {erratum.Id} {erratum.EntityId}", erratum.Provenance);
        }
    }
}
