using System;
using System.Collections.Immutable;
using System.Linq;

namespace CentralAsiaCT.Naming;

/// <summary>A lookup's input matches several entities equally well, so no one of them is picked.</summary>
public sealed class AmbiguousNameException : Exception
{
    /// <summary>Creates the exception for <paramref name="input"/> and the entities it matched.</summary>
    /// <param name="input">What was looked up; the message quotes at most 80 characters of it.</param>
    /// <param name="candidates">The entities it matched equally well.</param>
    public AmbiguousNameException(string input, ImmutableArray<Entity> candidates)
        : base($"'{Quoted.Input(input ?? string.Empty)}' matches {(candidates.IsDefault ? 0 : candidates.Length)} entities equally well: {(candidates.IsDefault ? string.Empty : string.Join(", ", candidates.Select(static c => c.Id)))}.")
    {
        Input = input ?? string.Empty;
        Candidates = candidates;
    }

    /// <summary>What was looked up, whole.</summary>
    public string Input { get; }

    /// <summary>The entities the input matched equally well.</summary>
    public ImmutableArray<Entity> Candidates { get; }
}
