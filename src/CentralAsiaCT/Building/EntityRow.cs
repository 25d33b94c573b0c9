using CentralAsiaCT.Packaging;

namespace CentralAsiaCT.Building;

/// <summary>A row of the table that defines an entity, as the registry's <see cref="EntityKind.Create"/> reads it:
/// the entity's ID (checked against the <c>entities</c> table), its facts, and its cells and references.</summary>
internal readonly struct EntityRow
{
    internal EntityRow(DataSetReader reader, TableRow row, EntityKind kind)
    {
        Reader = reader;
        Row = row;
        Id = reader.EntityIdOf(row, kind.IdColumn, kind.Word);
    }

    /// <summary>The reader of the edition, for the kinds of the built-in model.</summary>
    public DataSetReader Reader { get; }

    /// <summary>The row.</summary>
    public TableRow Row { get; }

    /// <summary>The entity's ID, registered with this kind.</summary>
    public string Id { get; }

    /// <summary>The row's sources and grade, and the edition's store of names, milestones and statements.</summary>
    public EntityFacts Facts => Reader.FactsOf(Row);

    /// <summary>The cell of <paramref name="column"/>, which must not be empty.</summary>
    public string Required(string column) => Row.Required(column);

    /// <summary>The cell of <paramref name="column"/>, or null when it is empty.</summary>
    public string? Optional(string column) => Row.Optional(column);

    /// <summary>The entity of kind <typeparamref name="T"/> that the cell of <paramref name="column"/> names, read with
    /// its stage on first reference; null when the cell is empty.</summary>
    public T? Resolve<T>(string column)
        where T : Entity => Reader.ResolveIn<T>(Row, column);
}
