namespace CentralAsiaCT.Building;

/// <summary>
/// One column of a kind of record, declared once with the kind (issue 33): the reader reads it with
/// <see cref="EntityRow.Date"/>, the validator checks it with the same cell reader, and the card, the kind's table and
/// its flat view show it. A date column names the column that says how precisely it is known.
/// </summary>
/// <param name="Name">The column's name in the table.</param>
/// <param name="Heading">Its heading for people.</param>
/// <param name="PrecisionColumn">For a date, the column of its precision (<c>date_precision</c>); null otherwise.</param>
internal sealed record KindColumn(string Name, string Heading, string? PrecisionColumn = null)
{
    public bool IsDate => PrecisionColumn is not null;
}
