using System;
using System.Collections.Immutable;

namespace CentralAsiaCT.Naming;

/// <summary>A lookup's input matches several entities equally well, so no one of them is picked.</summary>
public sealed class AmbiguousNameException : Exception
{
    /// <summary>Creates the exception for <paramref name="input"/> and the entities it matched.</summary>
    /// <param name="input">What was looked up.</param>
    /// <param name="candidates">The entities it matched equally well.</param>
    public AmbiguousNameException(string input, ImmutableArray<Entity> candidates)
        : base($"'{input}' matches {candidates.Length} entities equally well: {string.Join(", ", candidates)}.")
    {
        Input = input;
        Candidates = candidates;
    }

    /// <summary>What was looked up.</summary>
    public string Input { get; }

    /// <summary>The entities the input matched equally well.</summary>
    public ImmutableArray<Entity> Candidates { get; }
}
