using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using CentralAsiaCT.Building;
using CentralAsiaCT.Naming;
using CentralAsiaCT.Packaging;

namespace CentralAsiaCT;

/// <summary>
/// The entities of one kind in an edition (its states, its organisations, its plans, ...), found by ID, code or any
/// name the data holds, in any language and spelling: case, diacritics, punctuation and surrounding spaces do not
/// matter, nor does the current culture. Every kind's collection shares this one implementation. The built-in
/// edition's names are compiled with its data, so a lookup there reads no name; an edition loaded from files builds
/// its index of names on the first lookup, so a program that never looks up a place never pays for the place index.
/// </summary>
/// <typeparam name="T">The kind of entity.</typeparam>
public class EntitySet<T> : RecordList<T>, IFoldedKeys
    where T : Entity
{
    private readonly string _what;
    private readonly Func<T, IEnumerable<string>> _codes;
    private NameIndex<T>? _index;

    // The number of this collection's keys compiled with the built-in tables, or -1 for an edition read from files: there
    // a lookup folds its input and probes them, and the index is built only for what they leave open (a key of several
    // entities, a published list's form, a miss's hint).
    private readonly int _compiledKeys;

    internal EntitySet(string what, DataSetReader reader, Func<DataSetReader, ImmutableArray<T>> read, Func<T, IEnumerable<string>>? codes = null)
        : base(reader, read)
    {
        _what = what;
        _codes = codes ?? NoCodes;
        _compiledKeys = reader.HasCompiledNameKeys ? BuiltInPackage.NameKeysOf(what) : -1;
    }

    string IFoldedKeys.Collection => _what;

    private NameIndex<T> Index => OnFirstUse.Get(ref _index, this, static set => new NameIndex<T>(set.Items, set._codes));

    /// <summary>
    /// The entity with this ID, code or name: for a state, its ISO 3166-1 alpha-2, alpha-3 or numeric code
    /// (<c>"004"</c> or <c>"4"</c>) or UN M49 code; for any entity, any name, acronym, alias, former name or erroneous
    /// form of a source that the data holds in any language ("Kirghizistan", "OTSC", "Achgabat", "JPoA"). A near miss
    /// is not found: the message names the nearest candidates, and <see cref="Search"/> lists them.
    /// </summary>
    /// <param name="nameOrCode">What to look up.</param>
    /// <returns>The entity.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="nameOrCode"/> is <see langword="null"/>.</exception>
    /// <exception cref="KeyNotFoundException">No entity of this collection has that ID, code or name; the message quotes the input.</exception>
    /// <exception cref="AmbiguousNameException">The input names several entities equally well.</exception>
    public T Get(string nameOrCode)
    {
        Argument.NotNull(nameOrCode);

        if (TryGetDirect(nameOrCode, out var direct))
        {
            return direct;
        }

        return Lookup(nameOrCode, out var entity) switch
        {
            NameIndex<T>.Outcome.Found => entity!,
            NameIndex<T>.Outcome.Ambiguous => throw new AmbiguousNameException(nameOrCode, NameIndex<T>.Tied(Index.Find(nameOrCode.AsSpan()))),
            _ => throw new KeyNotFoundException($"No {_what} of the data set has the name or code '{Quoted.Input(nameOrCode)}'.{Hint(nameOrCode)}"),
        };
    }

    /// <summary>Finds an entity as <see cref="Get(string)"/> does; false when none or several match equally well.</summary>
    /// <param name="nameOrCode">What to look up.</param>
    /// <param name="entity">The entity, when exactly one matches best.</param>
    /// <returns><see langword="true"/> when exactly one entity matches best.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="nameOrCode"/> is <see langword="null"/>.</exception>
    public bool TryGet(string nameOrCode, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out T entity)
    {
        Argument.NotNull(nameOrCode);

        if (TryGetDirect(nameOrCode, out entity))
        {
            return true;
        }

        var found = Lookup(nameOrCode, out var match) == NameIndex<T>.Outcome.Found;
        entity = match!;
        return found;
    }

    /// <summary>The entity of kind <typeparamref name="TKind"/> with this ID, code or name, as <see cref="Get(string)"/>
    /// finds it (<c>data.Entities.Get&lt;JointPlanOfAction&gt;("JPOA-2022")</c>).</summary>
    /// <typeparam name="TKind">The kind wanted.</typeparam>
    /// <param name="nameOrCode">What to look up.</param>
    /// <returns>The entity.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="nameOrCode"/> is <see langword="null"/>.</exception>
    /// <exception cref="KeyNotFoundException">No entity of that kind has that ID, code or name; the message quotes the input.</exception>
    public TKind Get<TKind>(string nameOrCode)
        where TKind : T =>
        TryGet<TKind>(nameOrCode, out var entity)
            ? entity
            : throw new KeyNotFoundException($"No {typeof(TKind).Name} of the data set has the name or code '{Quoted.Input(nameOrCode)}'.");

    /// <summary>Finds an entity of kind <typeparamref name="TKind"/>, as <see cref="Get{TKind}(string)"/> does.</summary>
    /// <typeparam name="TKind">The kind wanted.</typeparam>
    /// <param name="nameOrCode">What to look up.</param>
    /// <param name="entity">The entity, when found.</param>
    /// <returns><see langword="true"/> when exactly one entity matches best and it is of that kind.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="nameOrCode"/> is <see langword="null"/>.</exception>
    public bool TryGet<TKind>(string nameOrCode, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out TKind entity)
        where TKind : T
    {
        if (TryGet(nameOrCode, out var found) && found is TKind kind)
        {
            entity = kind;
            return true;
        }

        entity = default!;
        return false;
    }

    /// <summary>Every entity the input may mean, ranked: exact matches by strength, then names one edit away, then
    /// names the input is a run of the words of ("Joint Plan of Action").</summary>
    /// <param name="text">What to look up ("Kazakstan", "Tadjikstan").</param>
    /// <returns>The candidates, each with how it matched; empty when none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public ImmutableArray<NameMatch<T>> Search(string text)
    {
        Argument.NotNull(text);

        return Index.Search(text);
    }

    IEnumerable<KeyValuePair<string, int>> IFoldedKeys.FoldedKeys()
    {
        foreach (var key in Index.ResolvedKeys())
        {
            yield return new(key.Key, key.Value is null ? -1 : Items.IndexOf(key.Value));
        }
    }

    IEnumerable<KeyValuePair<string, int>> IFoldedKeys.Spellings()
    {
        foreach (var spelling in Index.ResolvedSpellings())
        {
            yield return new(spelling.Key, Items.IndexOf(spelling.Value));
        }
    }

    // The one path of Get and TryGet after TryGetDirect: the compiled keys when the edition has them, else the index.
    private NameIndex<T>.Outcome Lookup(string input, out T? entity)
    {
        if (_compiledKeys >= 0)
        {
            var item = CompiledNameKeys.Find(BuiltInPackage.Spellings(_compiledKeys), BuiltInPackage.NameKeys(_compiledKeys), input.AsSpan());
            if (item >= 0)
            {
                entity = Items[item];
                return NameIndex<T>.Outcome.Found;
            }

            if (item == CompiledNameKeys.NotAKey)
            {
                entity = null;
                return NameIndex<T>.Outcome.NotFound;
            }

            // Left to the index: a key that names several entities (it lists them for the message), and input that a
            // published list's rule may rewrite (the compiled keys hold no rewritten forms).
        }

        return Index.Lookup(input, out entity);
    }

    /// <summary>A lookup a kind answers before its names: a pillar's number, an entity's ID.</summary>
    private protected virtual bool TryGetDirect(string input, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out T entity)
    {
        entity = null!;
        return false;
    }

    // The nearest names Search finds, so that a typo says what it may have meant; Get itself never guesses. Only on the
    // failing path: a lookup that finds pays nothing for it.
    private string Hint(string input)
    {
        var near = Index.Search(input);
        if (near.IsDefaultOrEmpty)
        {
            return " Search(text) lists the candidates a text may mean.";
        }

        var candidates = new System.Text.StringBuilder();
        for (var i = 0; i < near.Length && i < 3; i++)
        {
            candidates.Append(i == 0 ? string.Empty : ", ").Append(near[i].Entity.Id).Append(" (").Append(Quoted.Input(near[i].MatchedText)).Append(')');
        }

        return $" Did you mean {candidates}? Search(text) lists them with how each matched.";
    }

    private static IEnumerable<string> NoCodes(T entity) => [];
}
