namespace CentralAsiaCT.Packaging;

/// <summary>
/// The data package compiled into the assembly from <c>data/</c> by <c>src/CentralAsiaCT.DataCompiler</c>; the
/// constants are in the generated part of this class. Read at run time without any CSV or JSON parsing.
/// </summary>
internal static partial class BuiltInPackage
{
    public static TableSet ReadTables() =>
        new(new PackageMetadata(Name, Title, Version, Created, License), TableNames, static name => Read(name)) { IsBuiltIn = true };

    // A table whose rows are decoded from its UTF-8 bytes when first read: reading the ID of every source, or one plan's
    // roles, makes strings of those cells alone.
    private static Table Read(string name)
    {
        var starts = TableEncoding.RowStarts(name, EncodedTable(name));
        return new Table(
            name,
            TableEncoding.Cells(EncodedTable(name), starts, 0),
            starts.Length - 2,
            row => TableEncoding.Cells(EncodedTable(name), starts, row + 1),
            (row, column) => TableEncoding.Cell(EncodedTable(name), starts, row + 1, column),
            PrimaryKeyOf(name));
    }
}
