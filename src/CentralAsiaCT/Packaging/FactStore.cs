using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using CentralAsiaCT.Naming;

namespace CentralAsiaCT.Packaging;

/// <summary>
/// The names, milestones and statements of every entity of one edition, read from their tables on first use (once,
/// thread-safely): a question about statuses or codes never pays for 157 names and their dates.
/// </summary>
internal sealed class FactStore
{
    private readonly Lazy<Facts> _facts;

    public FactStore(Func<Facts> read) => _facts = new Lazy<Facts>(read, LazyThreadSafetyMode.ExecutionAndPublication);

    public ImmutableArray<Name> NamesOf(string id) =>
        _facts.Value.Names.TryGetValue(id, out var names) ? names : ImmutableArray<Name>.Empty;

    public ImmutableArray<Milestone> MilestonesOf(string id) =>
        _facts.Value.Milestones.TryGetValue(id, out var milestones) ? milestones : ImmutableArray<Milestone>.Empty;

    public ImmutableArray<Statement> StatementsOf(string id) =>
        _facts.Value.Statements.TryGetValue(id, out var statements) ? statements : ImmutableArray<Statement>.Empty;

    /// <summary>Reads the tables now, so that a loaded package's errors surface when it is loaded.</summary>
    public void ReadNow() => _ = _facts.Value;

    internal sealed record Facts(
        Dictionary<string, ImmutableArray<Name>> Names,
        Dictionary<string, ImmutableArray<Milestone>> Milestones,
        Dictionary<string, ImmutableArray<Statement>> Statements);
}
