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
    private readonly Lazy<Roles> _roles;

    private readonly Func<ImmutableArray<State>> _states;

    public FactStore(Func<Facts> read, Func<ImmutableArray<Participation>> participations, Func<ImmutableArray<State>> states)
    {
        _states = states;
        _facts = new Lazy<Facts>(read, LazyThreadSafetyMode.ExecutionAndPublication);

        // The roles are the graph's participations, indexed both ways on first use: a plan's parties, a state's roles.
        _roles = new Lazy<Roles>(() => Roles.Of(participations()), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>Every state of the edition: the ones a plan's "none" and "unknown" are answered over.</summary>
    public ImmutableArray<State> States => _states();

    public ImmutableArray<Participation> RolesTakenBy(string id) =>
        _roles.Value.ByParticipant.TryGetValue(id, out var roles) ? roles : ImmutableArray<Participation>.Empty;

    public ImmutableArray<Participation> RolesIn(string id) =>
        _roles.Value.ByTarget.TryGetValue(id, out var roles) ? roles : ImmutableArray<Participation>.Empty;

    public ImmutableArray<Name> NamesOf(string id) =>
        _facts.Value.Names.TryGetValue(id, out var names) ? names : ImmutableArray<Name>.Empty;

    public ImmutableArray<Milestone> MilestonesOf(string id) =>
        _facts.Value.Milestones.TryGetValue(id, out var milestones) ? milestones : ImmutableArray<Milestone>.Empty;

    public ImmutableArray<Statement> StatementsOf(string id) =>
        _facts.Value.Statements.TryGetValue(id, out var statements) ? statements : ImmutableArray<Statement>.Empty;

    /// <summary>Reads the tables now, so that a loaded package's errors surface when it is loaded.</summary>
    public void ReadNow() => _ = _facts.Value;

    private sealed record Roles(Dictionary<string, ImmutableArray<Participation>> ByParticipant, Dictionary<string, ImmutableArray<Participation>> ByTarget)
    {
        public static Roles Of(ImmutableArray<Participation> participations)
        {
            var byParticipant = new Dictionary<string, ImmutableArray<Participation>.Builder>(StringComparer.Ordinal);
            var byTarget = new Dictionary<string, ImmutableArray<Participation>.Builder>(StringComparer.Ordinal);
            foreach (var p in participations)
            {
                Add(byParticipant, p.Participant.Id, p);
                Add(byTarget, p.Target.Id, p);
            }

            return new Roles(Freeze(byParticipant), Freeze(byTarget));
        }

        private static void Add(Dictionary<string, ImmutableArray<Participation>.Builder> index, string id, Participation p)
        {
            if (!index.TryGetValue(id, out var list))
            {
                index[id] = list = ImmutableArray.CreateBuilder<Participation>();
            }

            list.Add(p);
        }

        private static Dictionary<string, ImmutableArray<Participation>> Freeze(Dictionary<string, ImmutableArray<Participation>.Builder> index)
        {
            var frozen = new Dictionary<string, ImmutableArray<Participation>>(index.Count, StringComparer.Ordinal);
            foreach (var pair in index)
            {
                frozen[pair.Key] = pair.Value.ToImmutable();
            }

            return frozen;
        }
    }

    internal sealed record Facts(
        Dictionary<string, ImmutableArray<Name>> Names,
        Dictionary<string, ImmutableArray<Milestone>> Milestones,
        Dictionary<string, ImmutableArray<Statement>> Statements);
}
