using System.Collections.Immutable;

namespace CentralAsiaCT.Reporting;

/// <summary>One flat view: its resource name, title, table and primary key (empty where rows have no key).</summary>
internal sealed record FlatView(string Name, string Title, FactTable Table, ImmutableArray<string> PrimaryKey);
