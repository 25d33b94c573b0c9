using System.Collections.Generic;
using CentralAsiaCT.Building;

namespace CentralAsiaCT;

/// <summary>Every entity of an edition: an ID is answered from the reader's index of IDs before any name is folded.</summary>
internal sealed class EveryEntity : EntitySet<Entity>
{
    public EveryEntity(DataSetReader reader)
        : base("entity", reader, static r => r.AllEntities, static e => CodesOf(e))
    {
    }

    private protected override bool TryGetDirect(string input, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out Entity entity) =>
        Reader.Entities.TryGetValue(input.Trim(), out entity!);

    // The codes an entity is looked up by besides its ID: a state's ISO and M49 codes, a resolution's symbol.
    private static IEnumerable<string> CodesOf(Entity entity) => entity switch
    {
        State state => [state.Alpha2, state.Numeric, state.Numeric.TrimStart('0'), state.M49],
        Strategy strategy => [strategy.Symbol],
        Review { Symbol: { } symbol } => [symbol],
        _ => [],
    };
}
