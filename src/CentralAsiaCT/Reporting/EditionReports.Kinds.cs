using System;
using System.Collections.Immutable;
using System.Linq;

namespace CentralAsiaCT.Reporting;

/// <content>The table of one kind of record, from its declaration: the generic table of any kind, and the table and
/// flat view of a kind added through the registry with no code of its own (issue 33).</content>
public sealed partial class EditionReports
{
    /// <summary>Every entity of one kind: its ID, its name and the columns its kind declares, each row with the sources of
    /// the entity's row and of its name.</summary>
    /// <param name="kind">The kind's word, as <c>entities.kind</c> writes it (<c>state</c>, <c>event</c>, ...).</param>
    /// <param name="language">The language of the names.</param>
    /// <returns>Columns <c>ID</c>, <c>Name</c>, then the kind's declared columns; fields <c>id</c>, <c>name</c>, then the
    /// columns' own names.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The edition has no such kind.</exception>
    public FactTable KindTable(string kind, string language = "en")
    {
        Argument.NotNull(kind);
        Argument.NotNull(language);

        var declared = _data.Reader.Kinds.Find(kind) ?? throw new ArgumentException($"The edition has no kind '{Quoted.Input(kind)}'.", nameof(kind));
        var rows = ImmutableArray.CreateBuilder<FactRow>();
        foreach (var entity in _data.Entities.Where(e => e.GetType() == declared.Type))
        {
            var facts = new RowFacts(entity.Provenance);
            var cells = ImmutableArray.CreateBuilder<string?>();
            cells.Add(entity.Id);
            cells.Add(facts.Name(entity, language));
            cells.AddRange(entity.DeclaredCells.Select(static c => c.Value));
            rows.Add(new FactRow(cells.ToImmutable(), facts.Provenance));
        }

        return new FactTable($"Every {kind}", ["ID", "Name", .. declared.Columns.Select(static c => c.Heading)], rows.ToImmutable())
        {
            Fields = ["id", "name", .. declared.Columns.Select(static c => c.Name)],
        };
    }
}
