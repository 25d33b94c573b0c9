using System;
using System.Linq;
using CentralAsiaCT.Dating;
using CentralAsiaCT.Packaging;

namespace CentralAsiaCT.Building;

/// <summary>The cell readers of declared columns, shared by the reader and the validator.</summary>
internal static class KindColumns
{
    /// <summary>Reads a date column that <paramref name="kind"/> declares.</summary>
    /// <exception cref="FormatException">The cell is not a date at its precision, or the kind declares no such date.</exception>
    public static KnownDate ReadDate(TableRow row, EntityKind kind, string column)
    {
        var declared = kind.Columns.FirstOrDefault(c => c.Name == column && c.IsDate)
            ?? throw row.Error(column, $"the kind '{kind.Word}' declares no date column '{column}'");
        return DateText.Required(row, column, null, declared.PrecisionColumn!);
    }

}
