// Only Sylvan's writer, on netstandard2.0, needs a table seen as a data reader.
#if !NET
using System.Data.Common;

namespace CentralAsiaCT.Packaging;

/// <summary>The schema of one text column of a <see cref="TableDataReader"/>: never null, always a string.</summary>
internal sealed class TextColumn : DbColumn
{
    public TextColumn(string name, int ordinal)
    {
        ColumnName = name;
        ColumnOrdinal = ordinal;
        DataType = typeof(string);
        DataTypeName = "string";
        AllowDBNull = false;
    }
}
#endif
