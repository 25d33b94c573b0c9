namespace CentralAsiaCT.Packaging;

/// <summary>
/// The data package compiled into the assembly from <c>data/</c> by <c>src/CentralAsiaCT.DataCompiler</c>; the
/// constants are in the generated part of this class. Read at run time without any CSV or JSON parsing.
/// </summary>
internal static partial class BuiltInPackage
{
    public static TableSet ReadTables() =>
        new(new PackageMetadata(Name, Title, Version, Created, License), TableNames, static name => TableEncoding.Decode(name, EncodedTable(name), PrimaryKeyOf(name)));
}
