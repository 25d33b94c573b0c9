using System;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace CentralAsiaCT.Building;

/// <summary>
/// The registry of entity kinds, the one place that says which kinds exist, which table defines each and how it is
/// read: the reader (stages, references, documents by kind), the validator (ENT001) and every question that crosses
/// kinds use it. A new kind of record is one table, one record type and one line here (<see cref="With"/>).
/// </summary>
internal sealed class EntityKinds
{
    private readonly Dictionary<string, EntityKind> _byWord;

    private EntityKinds(ImmutableArray<EntityKind> kinds)
    {
        All = kinds;
        _byWord = new Dictionary<string, EntityKind>(kinds.Length, StringComparer.Ordinal);
        foreach (var kind in kinds)
        {
            _byWord.Add(kind.Word, kind);
        }
    }

    /// <summary>The kinds of the built-in model.</summary>
    public static EntityKinds BuiltIn { get; } = new(
    [
        new("strategy", "strategies", "id", typeof(Strategy)),
        new("pillar", "pillars", "id", typeof(Pillar), stage: "strategies"),
        new("review", "reviews", "id", typeof(Review), stage: "strategies"),
        new("initiative", "initiatives", "id", typeof(Initiative)),
        new("plan", "documents", "id", typeof(JointPlanOfAction), static row => row.Reader.ReadPlan(row)),
        new("declaration", "documents", "id", typeof(Declaration), static row => row.Reader.ReadDeclaration(row)),
        new("state", "states", "alpha3", typeof(State)),
        new("place", "places", "id", typeof(Place)),
        new("organisation", "organisations", "id", typeof(Organisation)),
        new("event", "events", "id", typeof(Event)),
    ]);

    /// <summary>Every kind, in the order of the registry.</summary>
    public ImmutableArray<EntityKind> All { get; }

    /// <summary>The kind registered by <paramref name="word"/>, or null.</summary>
    public EntityKind? Find(string word) => _byWord.TryGetValue(word, out var kind) ? kind : null;

    /// <summary>This registry with one more kind, read row by row by its <see cref="EntityKind.Create"/> (a new table,
    /// or another kind of document).</summary>
    /// <exception cref="ArgumentException">The word is taken, the kind has no way to be read, or its table is one of
    /// the built-in model's other than <c>documents</c>.</exception>
    public EntityKinds With(EntityKind kind)
    {
        Argument.NotNull(kind);
        if (_byWord.ContainsKey(kind.Word) || kind.Create is null || (kind.Table != "documents" && All.HasAny(k => k.Table == kind.Table)))
        {
            throw new ArgumentException($"The kind '{kind.Word}' is already registered, has no way to be read, or takes a table of the model.", nameof(kind));
        }

        return new EntityKinds(All.Add(kind));
    }

    /// <summary>Each table that defines entities, with its ID column and its one kind (null when the table holds
    /// several kinds, which its <c>kind</c> column tells apart).</summary>
    public IEnumerable<(string Table, string IdColumn, string? Kind)> DefiningTables()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var kind in All)
        {
            if (seen.Add(kind.Table))
            {
                var shared = All.HasAny(k => k.Table == kind.Table && k.Word != kind.Word);
                yield return (kind.Table, kind.IdColumn, shared ? null : kind.Word);
            }
        }
    }
}
