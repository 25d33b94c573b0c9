using CentralAsiaCT.Naming;
using CsCheck;

namespace CentralAsiaCT.Tests;

/// <summary>D3: a document symbol, a code or an identifier is matched exactly or not at all, never by edit distance to
/// another of the same shape; an identifier found exactly ends the search.</summary>
public sealed class ExactIdentifierTests
{
    private static readonly CentralAsiaData Data = CentralAsiaData.Default;

    /// <summary>Every code, ID and symbol of the data: entity IDs, ISO and M49 codes, resolution symbols.</summary>
    private static readonly string[] Identifiers = Data.States.SelectMany(s => new[] { s.Id, s.Alpha2, s.Numeric, s.M49 })
        .Concat(Data.Strategy.Reviews.Select(r => r.Symbol).OfType<string>())
        .Concat([Data.Strategy.Symbol])
        .Concat(Data.Strategy.Reviews.Select(r => r.Id))
        .Concat(Data.Plans.Select(p => p.Id)).Concat(Data.Documents.Declarations.Select(d => d.Id)).Concat(Data.Timeline.Select(e => e.Id))
        .Concat(Data.Initiatives.Select(i => i.Id)).Concat(Data.Organisations.Select(o => o.Id)).Concat(Data.Places.Select(p => p.Id))
        .Distinct(StringComparer.OrdinalIgnoreCase).ToArray();

    [Theory]
    [InlineData("A/RES/70/291")]   // the 5th review's symbol before data 2.3.0 held it: it answered REVIEW-7 (A/RES/75/291)
    [InlineData("A/RES/75/219")]
    [InlineData("A/RES/60/289")]
    [InlineData("REVIEW-10")]
    [InlineData("JPOA-2012")]
    public void A_symbol_or_ID_one_character_from_another_finds_nothing_else(string text)
    {
        var found = Data.Entities.Search(text);
        found.Where(m => !string.Equals(m.MatchedText, text, StringComparison.OrdinalIgnoreCase)).Should().BeEmpty("only an exact match, or nothing");
    }

    [Fact]
    public void An_identifier_found_exactly_ends_the_search()
    {
        foreach (var id in new[] { "REVIEW-9", "JPOA-2022", "A/RES/75/291", "EM2" })
        {
            var found = Data.Entities.Search(id);
            found.Should().ContainSingle(id).Which.Kind.Should().Be(MatchKind.Code);
        }
    }

    [Fact]
    public void No_identifier_of_the_data_is_returned_for_a_different_identifier_of_the_same_shape()
    {
        // One character changed for another of its class (a digit for a digit, a letter for a letter): the shape stays.
        var mutated =
            from identifier in Gen.OneOfConst(Identifiers)
            from position in Gen.Int[0, identifier.Length - 1]
            from digit in Gen.Char['0', '9']
            from letter in Gen.Char['A', 'Z']
            let c = identifier[position]
            let replacement = char.IsDigit(c) ? digit : char.IsLetter(c) ? letter : c
            select (Original: identifier, Text: identifier[..position] + replacement + identifier[(position + 1)..]);

        mutated.Sample(m =>
        {
            if (Identifiers.Contains(m.Text, StringComparer.OrdinalIgnoreCase))
            {
                return;
            }

            // A name one edit away may be found ("Ashgabat" for ESHGABAT); a code, an acronym or a symbol never.
            var answers = Data.Entities.Search(m.Text).Where(a => a.Kind == MatchKind.Code
                || (a.Kind == MatchKind.Approximate && (a.Name?.Kind == NameKind.Acronym || m.Text.Any(char.IsDigit)))).ToList();
            answers.Should().BeEmpty($"{m.Text} (from {m.Original}) is no identifier of the data");
        }, iter: 2000);
    }
}
