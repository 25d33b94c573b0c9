using System.IO;
using System.Text.Json;
using CentralAsiaCT.Packaging;

namespace CentralAsiaCT.Tests.Support;

/// <summary>The data package in <c>data/</c>, read from the files: its descriptor as JSON and its tables as text cells.</summary>
internal static class PublishedPackage
{
    private static readonly Lazy<JsonDocument> LazyDescriptor = new(() => JsonDocument.Parse(File.ReadAllBytes(Path.Combine(Repository.Data, "datapackage.json"))));
    private static readonly Lazy<TableSet> LazyTables = new(() => DataPackageDirectory.Read(Repository.Data));

    public static JsonElement Descriptor => LazyDescriptor.Value.RootElement;

    public static TableSet Tables => LazyTables.Value;

    public static IEnumerable<JsonElement> Resources => Descriptor.GetProperty("resources").EnumerateArray();

    public static JsonElement Resource(string name) => Resources.Single(r => r.GetProperty("name").GetString() == name);

    /// <summary>The rows of a table as dictionaries from column to cell.</summary>
    public static IReadOnlyList<IReadOnlyDictionary<string, string>> Rows(string table)
    {
        var t = Tables[table];
        return t.Rows.Select(row => (IReadOnlyDictionary<string, string>)t.Columns.Select((c, i) => (c, row[i])).ToDictionary(p => p.c, p => p.Item2)).ToList();
    }

    public static IReadOnlyList<string> Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString()!).ToList();
}
