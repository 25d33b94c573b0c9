using System.Collections.Immutable;
using CentralAsiaCT.Sourcing;

namespace CentralAsiaCT.Reporting;

/// <summary>
/// The facts one row of a table shows, collected as the row is built, so that the row's sources are those of every
/// value it shows and its grade the weakest of theirs: a name is a fact with its own sources, and so is a role, a
/// pillar's coverage or a document's own date. An absent value adds nothing.
/// </summary>
internal sealed class RowFacts
{
    private readonly ImmutableArray<Provenance>.Builder _facts = ImmutableArray.CreateBuilder<Provenance>();

    public RowFacts(Provenance first) => _facts.Add(first);

    /// <summary>The sources of all the facts added, each once, with the weakest grade; a single fact keeps its quotes.</summary>
    public Provenance Provenance => _facts.Count == 1 ? _facts[0] : Provenance.Combined(_facts.ToImmutable());

    public RowFacts Add(Provenance? fact)
    {
        if (fact is not null && !_facts.Contains(fact))
        {
            _facts.Add(fact);
        }

        return this;
    }

    public RowFacts AddAll(ImmutableArray<Participation> roles)
    {
        foreach (var role in roles)
        {
            Add(role.Provenance);
        }

        return this;
    }

    /// <summary>The entity's name in <paramref name="language"/>, adding the name's sources; <see langword="null"/>
    /// (and nothing added) where the data holds none.</summary>
    public string? Name(Entity entity, string language)
    {
        if (entity.TryGetName(language, out var name))
        {
            Add(name.Provenance);
            return name.Text;
        }

        return null;
    }
}
