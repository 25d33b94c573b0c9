using System.Collections.Immutable;

namespace CentralAsiaCT.Sourcing;

/// <summary>Where a fact comes from and how far it can be trusted.</summary>
/// <param name="Sources">The sources that state the fact; never empty.</param>
/// <param name="Grade">The confidence grade of the fact.</param>
public sealed record Provenance(ImmutableArray<Source> Sources, Grade Grade)
{
    /// <summary>The IDs of <see cref="Sources"/>, joined by <c>;</c> as in the data package.</summary>
    public string SourceIds => string.Join(";", Sources);

    /// <summary>The sources of several facts shown together, each once, with the lowest of their grades.</summary>
    internal static Provenance Combined(ImmutableArray<Provenance> facts)
    {
        var sources = ImmutableArray.CreateBuilder<Source>();
        var grade = Grade.A;
        foreach (var fact in facts)
        {
            foreach (var source in fact.Sources)
            {
                if (!sources.Contains(source))
                {
                    sources.Add(source);
                }
            }

            grade = fact.Grade > grade ? fact.Grade : grade;
        }

        return new Provenance(sources.ToImmutable(), grade);
    }

    /// <inheritdoc />
    public override string ToString() => $"[{SourceIds}] grade {Grade}";
}
