using System.Text;
using CentralAsiaCT.Naming;
using CsCheck;

namespace CentralAsiaCT.Tests;

/// <summary>Properties that hold for every name and code in the data, and for any input at all.</summary>
public sealed class LookupPropertyTests
{
    private static readonly CentralAsiaData Data = CentralAsiaData.Default;

    // Every (entity, name or code) pair the lookups promise to find.
    private static readonly (Entity Entity, string Text)[] Known = Data.States.SelectMany(s =>
            new[] { s.Alpha2, s.Alpha3, s.Numeric, s.M49 }.Concat(s.Names.Select(n => n.Text)).Select(t => ((Entity)s, t)))
        .Concat(Data.Organisations.Concat<Entity>(Data.Places).Concat(Data.Timeline).Concat(Data.Pillars)
            .SelectMany(e => e.Names.Select(n => (e, n.Text))))
        .ToArray();

    private static readonly Gen<string> Whitespace = Gen.OneOfConst("", " ", "  ", "\t", "\u00A0", "\n ", "\u2003");

    [Fact]
    public void Any_case_any_mix_of_NFC_and_NFD_and_surrounding_whitespace_find_the_same_entity()
    {
        Gen.Select(Gen.Int[0, Known.Length - 1], Gen.Int.Array, Whitespace, Whitespace).Sample(t =>
        {
            var (index, flips, before, after) = t;
            var (entity, text) = Known[index];
            var mutated = new StringBuilder(before);
            for (var i = 0; i < text.Length; i++)
            {
                var flip = flips.Length == 0 ? 0 : flips[i % flips.Length];
                var c = text[i].ToString();
                c = (flip & 1) == 0 ? c.ToUpperInvariant() : c.ToLowerInvariant();
                mutated.Append((flip & 2) == 0 ? c.Normalize(NormalizationForm.FormD) : c.Normalize(NormalizationForm.FormC));
            }

            mutated.Append(after);
            var input = mutated.ToString();
            return Data.Entities.Search(input).Any(m => m.Entity.Id == entity.Id && m.IsExact)
                && (entity is not State state || (Data.States.TryGet(input, out var found) && found == state) || IsShared(text));
        }, iter: 5000);
    }

    [Fact]
    public void Random_strings_never_throw_from_any_lookup()
    {
        Gen.String.Sample(input =>
        {
            Data.States.TryGet(input, out _);
            Data.Organisations.TryGet(input, out _);
            Data.Places.TryGet(input, out _);
            Data.Pillars.TryGet(input, out _);
            Data.Entities.Search(input);
            Data.States.Search(input);
        }, iter: 5000);
        Gen.Char.Array[0, 40].Select(chars => new string(chars)).Sample(input =>
        {
            Data.Entities.Search(input);
            return !Data.States.TryGet(input, out var state) || Data.States.Search(input).First().Entity == state;
        }, iter: 5000);
    }

    [Fact]
    public void One_edit_on_a_name_of_five_letters_or_more_is_found_by_Search()
    {
        // Acronyms (UNRCCA) are codes: one edit away from one is another acronym, not a typo, and is not approximated.
        var acronyms = Data.States.Concat<Entity>(Data.Organisations).Concat(Data.Places).Concat(Data.Timeline).Concat(Data.Pillars)
            .SelectMany(e => e.Names).Where(n => n.Kind == NameKind.Acronym).Select(n => n.Text).ToHashSet(StringComparer.Ordinal);
        var longNames = Known.Where(k => k.Text.Length >= 6 && k.Text.All(char.IsLetter) && !acronyms.Contains(k.Text)).ToArray();
        Gen.Select(Gen.Int[0, longNames.Length - 1], Gen.Int[0, 3], Gen.Int[0, 1000], Gen.Char['a', 'z']).Sample(t =>
        {
            var (index, edit, at, letter) = t;
            var (entity, text) = longNames[index];
            var i = at % (text.Length - 1);
            var typo = edit switch
            {
                0 => text.Remove(i, 1),
                1 => text.Insert(i, letter.ToString()),
                2 => text.Remove(i, 1).Insert(i, letter.ToString()),
                _ => text.Remove(i, 2).Insert(i, new string([text[i + 1], text[i]])),
            };
            return Data.Entities.Search(typo).Any(m => m.Entity.Id == entity.Id);
        }, iter: 3000);
    }

    // A text that two entities share (none today) may legitimately be ambiguous for Get.
    private static bool IsShared(string text) =>
        Known.Where(k => NameFolding.Fold(k.Text) == NameFolding.Fold(text)).Select(k => k.Entity.Id).Distinct().Count() > 1;
}
