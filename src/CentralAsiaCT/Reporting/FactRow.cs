using System.Collections.Immutable;
using CentralAsiaCT.Sourcing;

namespace CentralAsiaCT.Reporting;

/// <summary>One row of a <see cref="FactTable"/>: its cells and the sources of the fact it states.</summary>
/// <param name="Cells">One cell per column of the table; <see langword="null"/> where the data holds no value.</param>
/// <param name="Provenance">The sources and grade of the row's fact; <see langword="null"/> for rows that describe a
/// source itself.</param>
public sealed record FactRow(ImmutableArray<string?> Cells, Provenance? Provenance);
