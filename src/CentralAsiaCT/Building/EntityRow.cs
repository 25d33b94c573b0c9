namespace CentralAsiaCT.Building;

/// <summary>A row of the table that defines an entity, as the registry's <see cref="EntityKind.Create"/> reads it:
/// the entity's ID (checked against the <c>entities</c> table), its facts, and its cells and references.</summary>
/// <remarks>Fields, not properties, for the reason <see cref="EntityKind"/> gives.</remarks>
internal readonly struct EntityRow
{
    /// <summary>The reader of the edition, for the kinds of the built-in model.</summary>
    public readonly DataSetReader Reader;

    /// <summary>The row.</summary>
    public readonly Packaging.TableRow Row;

    /// <summary>The entity's ID, registered with this kind.</summary>
    public readonly string Id;

    public readonly EntityKind Kind;

    internal EntityRow(DataSetReader reader, Packaging.TableRow row, EntityKind kind)
    {
        Reader = reader;
        Row = row;
        Kind = kind;
        Id = reader.EntityId(row, kind.IdColumn, kind.Word);
    }

    /// <summary>The row's sources and grade, and the edition's store of names, milestones and statements.</summary>
    public EntityFacts Facts => Reader.Facts(Row);

    /// <summary>The cell of <paramref name="column"/>, which must not be empty.</summary>
    public string Required(string column) => Row.Required(column);

    /// <summary>The cell of <paramref name="column"/>, or null when it is empty.</summary>
    public string? Optional(string column) => Row.Optional(column);

    /// <summary>A date column the kind declares, read with the precision its declaration names: the same reader the
    /// validator checks the column with, so that what validation accepts, loading reads.</summary>
    public Dating.KnownDate Date(string column) => KindColumns.ReadDate(Row, Kind, column);

    /// <summary>The entity of kind <typeparamref name="T"/> that the cell of <paramref name="column"/> names, read with
    /// its stage on first reference; null when the cell is empty.</summary>
    public T? Resolve<T>(string column)
        where T : Entity => Reader.Resolve<T>(Row, column);
}
