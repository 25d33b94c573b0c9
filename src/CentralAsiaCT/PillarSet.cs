using System;
using System.Collections.Generic;
using CentralAsiaCT.Building;
using CentralAsiaCT.Naming;

namespace CentralAsiaCT;

/// <summary>The four pillars of the Strategy, in the order of their numbers, found by number as people write it
/// (<c>2</c>, <c>II</c>, <c>pillar 2</c>, <c>Pillar II</c>, <c>pilier III</c>) or by name.</summary>
public sealed class PillarSet : EntitySet<Pillar>
{
    internal PillarSet(DataSetReader reader)
        : base("pillar", reader, static r => r.Strategy.Pillars)
    {
    }

    /// <summary>The pillar with this number.</summary>
    /// <param name="number">The number.</param>
    /// <returns>The pillar.</returns>
    /// <exception cref="KeyNotFoundException">This edition holds no pillar with that number.</exception>
    public Pillar Get(PillarNumber number)
    {
        foreach (var pillar in Items)
        {
            if (pillar.Number == number)
            {
                return pillar;
            }
        }

        throw new KeyNotFoundException($"The data set holds no pillar {number}.");
    }

    /// <summary>The pillar with this number, 1 to 4.</summary>
    /// <param name="number">The number.</param>
    /// <returns>The pillar.</returns>
    /// <exception cref="KeyNotFoundException">This edition holds no pillar with that number.</exception>
    public Pillar Get(int number) => Get((PillarNumber)number);

    private protected override bool TryGetDirect(string input, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out Pillar entity)
    {
        entity = null!;
        if (!PillarNumberText.TryParse(input.AsSpan(), out var parsed))
        {
            return false;
        }

        foreach (var pillar in Items)
        {
            if (pillar.Number == parsed)
            {
                entity = pillar;
                return true;
            }
        }

        return false;
    }
}
