using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace CentralAsiaCT.Naming;

/// <summary>
/// Every folded name and code of a set of entities, mapped to the entities that bear it. Exact lookups fold the input
/// into a stack buffer and, on .NET 9 and later, probe the dictionary with the span itself: no allocation.
/// </summary>
internal sealed partial class NameIndex<T>
    where T : Entity
{
    // Arrays of a class, not ImmutableArray<struct>: the runtime's precompiled code for Dictionary<__Canon, __Canon>
    // serves them, where Dictionary, List and FrozenDictionary over a struct value were compiled at run time (question
    // "lookup" of the cold-start harness, from the package: 144 methods compiled with a struct, 83 with this class).
    // Plain dictionaries, probed with the span itself through their alternate lookup on .NET 9 and later: building two
    // frozen dictionaries cost the first lookup of a process more than they saved (issue 34, question "lookup" from the
    // package: 79 methods compiled and 1,258 KB allocated with them, 70 and 1,114 KB without; a warm lookup by code took
    // 10.3 ns instead of 7.7 ns, benchmarks/README.md).
    private readonly Dictionary<string, Entry[]> _byKey;

    // Every spelling of the data as written, in upper and in lower case, each composed (NFC) and decomposed (NFD, as macOS
    // file names and some keyboards give accented letters), mapped to the one entity that folding it would find: such
    // an input is answered by one probe of this dictionary, without folding. Measured with SpellingIndexBenchmarks on
    // 2026-12-02 (benchmarks/README.md): 5.6-15.8 ns against 15-52 ns for fold-then-probe of the same input (2.3x to
    // 6.6x; Cyrillic, NFD and long names gain most), which keeps names as written within 3x of the floor. Keyed by
    // ordinal comparison: keyed without regard to case (two keys a name, not six) it made the first lookup 100 KB
    // lighter, but an accented or Cyrillic name took 61-67 ns instead of 10-13 (OrdinalIgnoreCase hashes non-ASCII text
    // slowly; issue 34). Spellings that folding finds ambiguous or not at all are left out and take the folding path.
    // Typed by the base class, so that shared generic code probes it without a per-T lookup; every value is a T.
    private readonly Dictionary<string, Entity> _bySpelling;
#if NET9_0_OR_GREATER
    private readonly Dictionary<string, Entry[]>.AlternateLookup<ReadOnlySpan<char>> _bySpan;
#endif

    public NameIndex(IEnumerable<T> entities, Func<T, IEnumerable<string>> codes)
    {
        var map = new Dictionary<string, List<Entry>>(StringComparer.Ordinal);
        foreach (var entity in entities)
        {
            Add(map, entity.Id, new Entry(entity, MatchKind.Code, entity.Id, null));
            foreach (var code in codes(entity))
            {
                Add(map, code, new Entry(entity, MatchKind.Code, code, null));
            }

            foreach (var name in entity.Names)
            {
                Add(map, name.Text, new Entry(entity, KindOf(name.Kind), name.Text, name));
            }
        }

        var byKey = new Dictionary<string, Entry[]>(map.Count, StringComparer.Ordinal);
        foreach (var pair in map)
        {
            byKey.Add(pair.Key, pair.Value.ToArray());
        }

        _byKey = byKey;
#if NET9_0_OR_GREATER
        _bySpan = _byKey.GetAlternateLookup<ReadOnlySpan<char>>();
#endif

        var spellings = new Dictionary<string, Entity>(byKey.Count * 4, StringComparer.Ordinal);
        foreach (var entries in byKey.Values)
        {
            foreach (var entry in entries)
            {
                AddSpellings(spellings, entry.Text);
                var decomposed = entry.Text.Normalize(System.Text.NormalizationForm.FormD);
                if (decomposed != entry.Text)
                {
                    AddSpellings(spellings, decomposed);
                }
            }
        }

        _bySpelling = spellings;
    }

    /// <summary>
    /// The one path of every lookup by name or code: a spelling of the data is answered by the dictionary of spellings;
    /// any other input is folded and probed, then, if it names nothing, rewritten as a published list's form.
    /// </summary>
    public Outcome Lookup(string input, out T? entity)
    {
        if (TryGetBySpelling(input, out var spelled))
        {
            entity = spelled;
            return Outcome.Found;
        }

        return Resolve(Find(input.AsSpan()), out entity);
    }

    /// <summary>The entity that <paramref name="input"/> names, when it is a spelling of the data as written (or all in
    /// upper or lower case) that names exactly one entity; otherwise false. Only <see cref="Lookup"/> and the benchmark
    /// that measures what it saves call it.</summary>
    public bool TryGetBySpelling(string input, out T entity)
    {
        if (_bySpelling.TryGetValue(input, out var found))
        {
            entity = (T)found;
            return true;
        }

        entity = null!;
        return false;
    }

    // The spelling as written, in upper and in lower case, each one that folding resolves to one entity; one that it
    // finds ambiguous or not at all is left to folding.
    private void AddSpellings(Dictionary<string, Entity> spellings, string spelling)
    {
        AddSpelling(spellings, spelling);
        AddSpelling(spellings, spelling.ToUpperInvariant());
        AddSpelling(spellings, spelling.ToLowerInvariant());
    }

    private void AddSpelling(Dictionary<string, Entity> spellings, string spelling)
    {
        if (!spellings.ContainsKey(spelling) && Resolve(Exact(spelling.AsSpan()), out var entity) == Outcome.Found)
        {
            spellings.Add(spelling, entity!);
        }
    }

    /// <summary>Every folded key, with the one entity it finds, or null when it names several equally well: what the
    /// DataCompiler compiles for the built-in edition (<see cref="CompiledNameKeys"/>).</summary>
    public IEnumerable<KeyValuePair<string, T?>> ResolvedKeys()
    {
        foreach (var pair in _byKey)
        {
            var found = Resolve(ImmutableCollectionsMarshal.AsImmutableArray(pair.Value), out var entity) == Outcome.Found;
            yield return new(pair.Key, found ? entity : null);
        }
    }

    /// <summary>Every spelling of the dictionary of spellings (a name or code as the data writes it, in upper and lower
    /// case, composed and decomposed) with the one entity it names: what the DataCompiler compiles for the built-in
    /// edition, to be found without folding.</summary>
    public IEnumerable<KeyValuePair<string, T>> ResolvedSpellings()
    {
        foreach (var spelling in _bySpelling)
        {
            yield return new(spelling.Key, (T)spelling.Value);
        }
    }

    /// <summary>What exact matching found: nothing, one entity, or several equally good ones.</summary>
    public enum Outcome
    {
        NotFound,
        Found,
        Ambiguous,
    }

    /// <summary>The exact entries for <paramref name="input"/>, folded; empty when none.</summary>
    public ImmutableArray<Entry> Exact(ReadOnlySpan<char> input)
    {
        // Of the longest folded key: sizing it to the input (so that a short code did not clear 512 bytes) measured no gain,
        // a miss 27.2 ns sized and 28.1 ns fixed, a folded name 53.7 and 52.7 ns (issue 34, LookupBenchmarks).
        Span<char> buffer = stackalloc char[NameFolding.MaxLength];
        var length = NameFolding.Fold(input, buffer);
        if (length <= 0)
        {
            return ImmutableArray<Entry>.Empty;
        }

        var folded = buffer.Slice(0, length);
#if NET9_0_OR_GREATER
        return _bySpan.TryGetValue(folded, out var entries) ? ImmutableCollectionsMarshal.AsImmutableArray(entries) : ImmutableArray<Entry>.Empty;
#else
        return _byKey.TryGetValue(folded.ToString(), out var entries) ? ImmutableCollectionsMarshal.AsImmutableArray(entries) : ImmutableArray<Entry>.Empty;
#endif
    }

    /// <summary>
    /// The entries for <paramref name="input"/> as given, or, when it names nothing, for the form a published list's
    /// rewriting of it names (see <see cref="PublishedForms"/>): taken only when every rewriting that finds something
    /// finds the same one entity, so that a rule never turns a miss into a wrong or an ambiguous answer.
    /// </summary>
    public ImmutableArray<Entry> Find(ReadOnlySpan<char> input)
    {
        var entries = Exact(input);
        if (!entries.IsDefaultOrEmpty || !PublishedForms.MayApply(input))
        {
            return entries;
        }

        // A rewriting longer than the longest folded key names nothing, so it need not fit.
        Span<char> buffer = stackalloc char[NameFolding.MaxLength];
        var found = ImmutableArray<Entry>.Empty;
        T? entity = null;
        for (var candidate = 0; candidate < PublishedForms.CandidateCount; candidate++)
        {
            var length = PublishedForms.TryWrite(input, candidate, buffer);
            if (length <= 0)
            {
                continue;
            }

            var rewritten = Exact(buffer.Slice(0, length));
            var outcome = Resolve(rewritten, out var match);
            if (outcome == Outcome.Ambiguous || (outcome == Outcome.Found && entity is not null && !ReferenceEquals(entity, match)))
            {
                return ImmutableArray<Entry>.Empty;
            }

            if (outcome == Outcome.Found && entity is null)
            {
                entity = match;
                found = rewritten;
            }
        }

        return found;
    }

    /// <summary>Resolves exact entries to one entity: the one with the strongest match, unless several share it.</summary>
    public static Outcome Resolve(ImmutableArray<Entry> entries, out T? entity)
    {
        entity = null;
        if (entries.IsDefaultOrEmpty)
        {
            return Outcome.NotFound;
        }

        var best = MatchKind.Approximate;
        foreach (var entry in entries)
        {
            if (entry.Kind < best)
            {
                best = entry.Kind;
            }
        }

        foreach (var entry in entries)
        {
            if (entry.Kind != best)
            {
                continue;
            }

            if (entity is null)
            {
                entity = entry.Entity;
            }
            else if (!ReferenceEquals(entity, entry.Entity))
            {
                entity = null;
                return Outcome.Ambiguous;
            }
        }

        return Outcome.Found;
    }

    /// <summary>The entities that share the strongest match, for the message of an ambiguous lookup.</summary>
    public static ImmutableArray<Entity> Tied(ImmutableArray<Entry> entries)
    {
        var best = MatchKind.Approximate;
        foreach (var entry in entries)
        {
            best = entry.Kind < best ? entry.Kind : best;
        }

        var tied = ImmutableArray.CreateBuilder<Entity>();
        foreach (var entry in entries)
        {
            if (entry.Kind == best && !tied.Contains(entry.Entity))
            {
                tied.Add(entry.Entity);
            }
        }

        return tied.ToImmutable();
    }

    private static void Add(Dictionary<string, List<Entry>> map, string text, Entry entry)
    {
        var key = NameFolding.Fold(text);
        if (key.Length == 0 || key.Length > NameFolding.MaxLength)
        {
            return;
        }

        if (!map.TryGetValue(key, out var entries))
        {
            entries = new List<Entry>();
            map.Add(key, entries);
        }

        entries.Add(entry);
    }

    private static MatchKind KindOf(NameKind kind) => kind switch
    {
        NameKind.Official => MatchKind.OfficialName,
        NameKind.Formal => MatchKind.FormalName,
        NameKind.Short => MatchKind.ShortName,
        NameKind.Acronym => MatchKind.Acronym,
        NameKind.Alias => MatchKind.Alias,
        NameKind.Former => MatchKind.FormerName,
        _ => MatchKind.ErroneousForm,
    };

    /// <summary>One name or code of one entity.</summary>
    internal sealed record Entry(T Entity, MatchKind Kind, string Text, Name? Name);
}
