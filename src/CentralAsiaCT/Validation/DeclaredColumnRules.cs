using System;

namespace CentralAsiaCT.Validation;

/// <summary>The columns a kind of record declares (issue 33): each date column is checked with the cell reader that
/// loads it (<see cref="Building.KindColumns.ReadDate"/>), so that what validation accepts, loading reads, and a kind
/// added through the registry is validated without a rule of its own.</summary>
internal static class DeclaredColumnRules
{
    public static void Check(PackageCheck check)
    {
        foreach (var kind in check.Kinds.All)
        {
            foreach (var column in kind.Columns)
            {
                if (!column.IsDate)
                {
                    continue;
                }

                foreach (var row in check.Rows(kind.Table, ValidationRules.DatePrecision, kind.IdColumn, column.Name, column.PrecisionColumn!))
                {
                    try
                    {
                        _ = Building.KindColumns.ReadDate(row.AsTableRow(), kind, column.Name);
                    }
                    catch (FormatException e)
                    {
                        check.Add(ValidationRules.DatePrecision, kind.Table, row.Number, column.Name, e.Message, row[kind.IdColumn]);
                    }
                }
            }
        }
    }
}
