using System.Collections.Immutable;
using CentralAsiaCT.Building;
using CentralAsiaCT.Naming;
using CentralAsiaCT.Packaging;
using CentralAsiaCT.Tests.Support;

namespace CentralAsiaCT.Tests;

/// <summary>An input that two entities share is never resolved silently.</summary>
public sealed class AmbiguityTests
{
    // The shipped data holds no shared name, so the test reads an edition with one added to two states.
    private static readonly CentralAsiaData Twins = DataSetReader.Read(WithExtraNames(
        ["KAZ", "en", "alias", "Twinland", "", "", "S-SEED-FR", "A"],
        ["KGZ", "en", "alias", "Twinland", "", "", "S-SEED-FR", "A"],
        ["TJK", "en", "alias", "Tajikland", "", "", "S-SEED-FR", "A"],
        ["TKM", "en", "former", "Tajikland", "", "", "S-SEED-FR", "A"]));

    [Fact]
    public void Get_throws_an_exception_that_lists_the_entities_an_input_matches_equally()
    {
        var thrown = FluentActions.Invoking(() => Twins.States.Get("twinland")).Should().Throw<AmbiguousNameException>().Which;
        thrown.Candidates.Select(e => e.Id).Should().BeEquivalentTo(["KAZ", "KGZ"]);
        thrown.Message.Should().Contain("twinland").And.Contain("KAZ").And.Contain("KGZ");
        thrown.Input.Should().Be("twinland");
    }

    [Fact]
    public void TryGet_does_not_pick_one_and_Search_lists_both()
    {
        Twins.States.TryGet("Twinland", out _).Should().BeFalse();
        Twins.States.Search("Twinland").Select(m => (m.Entity.Id, m.Kind)).Should().BeEquivalentTo([("KAZ", MatchKind.Alias), ("KGZ", MatchKind.Alias)]);
    }

    [Fact]
    public void A_stronger_match_wins_over_a_weaker_one_and_Search_shows_both()
    {
        Twins.States.Get("Tajikland").Alpha3.Should().Be("TJK", "an alias in force is a stronger match than a former name");
        Twins.States.Search("Tajikland").Select(m => m.Entity.Id).Should().Equal("TJK", "TKM");
    }

    private static TableSet WithExtraNames(params string[][] rows)
    {
        var files = PublishedPackage.Tables;
        // Each added name cites its source with a quote, as every fact of a package does (CIT001).
        var tables = files.Tables.Select(t => t.Name switch
        {
            "names" => new Table(t.Name, t.Columns, t.Rows.AddRange(rows.Select(r => ImmutableArray.Create(r))), t.PrimaryKey),
            "citations" => new Table(t.Name, t.Columns, t.Rows.AddRange(rows.Select(r => ImmutableArray.Create("names", string.Join("|", r.Take(4)), "source_ids", r[6], "(test fixture)"))), t.PrimaryKey),
            _ => t,
        });
        return new TableSet(files.Metadata, tables.ToImmutableArray());
    }
}
