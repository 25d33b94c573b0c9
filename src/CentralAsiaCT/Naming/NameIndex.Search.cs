using System;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace CentralAsiaCT.Naming;

// Search: every candidate a text may mean, exact ones first, then one edit away (names only), then runs of a name's words.
internal sealed partial class NameIndex<T>
{
    /// <summary>Every candidate, one per entity with its strongest match, exact ones first, then one edit away.</summary>
    public ImmutableArray<NameMatch<T>> Search(string input)
    {
        var folded = input.Length <= NameFolding.MaxLength * 4 ? NameFolding.Fold(input) : string.Empty;
        if (folded.Length == 0 || folded.Length > NameFolding.MaxLength)
        {
            return ImmutableArray<NameMatch<T>>.Empty;
        }

        var best = new Dictionary<string, NameMatch<T>>(StringComparer.Ordinal);
        var order = new List<string>();
        var exact = Find(input.AsSpan());
        var identifier = false;
        if (!exact.IsDefaultOrEmpty)
        {
            foreach (var entry in exact)
            {
                Keep(best, order, new NameMatch<T>(entry.Entity, entry.Kind, entry.Text, entry.Name));
                identifier |= entry.Kind == MatchKind.Code;
            }
        }

        // A code, an ID or a symbol found as given ends the search: REVIEW-9 is not "approximately" REVIEW-8.
        if (identifier)
        {
            return Ordered(best, order);
        }

        // A single edit is tolerated only between names long enough for one edit not to turn one name into another,
        // never on a code, ID, symbol or acronym: A/RES/70/291 one digit away from A/RES/75/291 is another resolution, not a typo.
        // Input with a digit is taken for a code or a symbol, so it is never approximated either.
        if (folded.Length >= 5 && !HasDigit(folded))
        {
            foreach (var pair in _byKey)
            {
                if (pair.Key.Length >= 5 && Math.Abs(pair.Key.Length - folded.Length) <= 1 && pair.Key != folded && IsOneEditAway(folded, pair.Key))
                {
                    foreach (var entry in pair.Value)
                    {
                        // An acronym is a code too: UNOCC is not a misspelt UNOCT.
                        if (entry.Name is not null && entry.Kind != MatchKind.Acronym)
                        {
                            Keep(best, order, new NameMatch<T>(entry.Entity, MatchKind.Approximate, entry.Text, entry.Name));
                        }
                    }
                }
            }
        }

        // A run of whole words of a longer name: "Strategy", "Joint Plan of Action". Four letters at least, so that a
        // word such as "of" or "de" does not list every name that has it.
        if (folded.Length >= 4)
        {
            foreach (var pair in _byKey)
            {
                if (pair.Key.Length > folded.Length && ContainsWords(pair.Key, folded))
                {
                    foreach (var entry in pair.Value)
                    {
                        // Names only: an ID such as JPOA-2022 is not a name that "JPoA" is part of.
                        if (entry.Name is not null)
                        {
                            Keep(best, order, new NameMatch<T>(entry.Entity, MatchKind.PartOfName, entry.Text, entry.Name));
                        }
                    }
                }
            }
        }

        return Ordered(best, order);
    }

    private static ImmutableArray<NameMatch<T>> Ordered(Dictionary<string, NameMatch<T>> best, List<string> order)
    {
        var result = ImmutableArray.CreateBuilder<NameMatch<T>>(order.Count);
        foreach (var id in order)
        {
            result.Add(best[id]);
        }

        // The strongest first; among equals, the shorter name, which the input covers more of.
        result.Sort(static (a, b) => a.Kind != b.Kind ? a.Kind.CompareTo(b.Kind) : a.MatchedText.Length.CompareTo(b.MatchedText.Length));
        return result.MoveToImmutable();
    }

    private static bool HasDigit(string text)
    {
        foreach (var c in text)
        {
            if (c is >= '0' and <= '9')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="words"/> occurs in <paramref name="key"/> as whole words (both folded).</summary>
    private static bool ContainsWords(string key, string words)
    {
        for (var at = key.IndexOf(words, StringComparison.Ordinal); at >= 0; at = key.IndexOf(words, at + 1, StringComparison.Ordinal))
        {
            var end = at + words.Length;
            if ((at == 0 || key[at - 1] == ' ') && (end == key.Length || key[end] == ' '))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether two different strings are one insertion, deletion, substitution or adjacent transposition apart.</summary>
    internal static bool IsOneEditAway(string a, string b)
    {
        if (a.Length == b.Length)
        {
            var first = -1;
            for (var i = 0; i < a.Length; i++)
            {
                if (a[i] == b[i])
                {
                    continue;
                }

                if (first >= 0)
                {
                    // A second difference is allowed only as the other half of an adjacent transposition.
                    return i == first + 1 && a[first] == b[i] && a[i] == b[first] && a.AsSpan(i + 1).SequenceEqual(b.AsSpan(i + 1));
                }

                first = i;
            }

            return first >= 0;
        }

        var (shorter, longer) = a.Length < b.Length ? (a, b) : (b, a);
        if (longer.Length - shorter.Length != 1)
        {
            return false;
        }

        var skip = 0;
        while (skip < shorter.Length && shorter[skip] == longer[skip])
        {
            skip++;
        }

        return shorter.AsSpan(skip).SequenceEqual(longer.AsSpan(skip + 1));
    }

    private static void Keep(Dictionary<string, NameMatch<T>> best, List<string> order, NameMatch<T> match)
    {
        var id = match.Entity.Id;
        if (!best.TryGetValue(id, out var current))
        {
            best.Add(id, match);
            order.Add(id);
        }
        else if (match.Kind < current.Kind)
        {
            best[id] = match;
        }
    }
}
