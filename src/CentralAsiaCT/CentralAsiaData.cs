using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using CentralAsiaCT.Packaging;
using CentralAsiaCT.Sourcing;
using NodaTime;

namespace CentralAsiaCT;

/// <summary>
/// One edition of the data set: the Strategy and its pillars, the states, organisations, places and events of the
/// Central Asia initiative, the Joint Plan of Action, who took which role, and the sources and errata behind every fact.
/// Immutable and safe to share between threads. <see cref="Default"/> is the edition that ships in this package.
/// </summary>
public sealed partial class CentralAsiaData
{
    // Private and never changed after construction. The reader builds each part of the model on first use: a question
    // pays only for the tables it touches (measured: the cold start of a one-question program).
    private readonly DataSetReader _reader;
    private Dictionary<string, Source>? _sourcesById;
    private readonly TableSet _tables;
    private readonly PackageDescriptor? _descriptor;

    internal CentralAsiaData(PackageMetadata metadata, DataSetReader reader, TableSet tables, PackageDescriptor? descriptor)
    {
        _reader = reader;
        _tables = tables;
        _descriptor = descriptor;
        Name = metadata.Name;
        Title = metadata.Title;
        Version = metadata.Version;
        License = metadata.License;
        Sources = reader.Sources;
    }

    /// <summary>
    /// The edition compiled into this package. Built on first access (thread-safe, once per process) from tables
    /// compiled into the assembly, without reading any file.
    /// </summary>
    public static CentralAsiaData Default => DefaultHolder.Instance;

    /// <summary>The name of the data package, <c>centralasiact</c>.</summary>
    public string Name { get; }

    /// <summary>The title of the data package.</summary>
    public string Title { get; }

    /// <summary>The semantic version of the data (not of the code), as in <c>data/datapackage.json</c>.</summary>
    public string Version { get; }

    /// <summary>When this version of the data package was created.</summary>
    public Instant Created => _reader.Created;

    /// <summary>The SPDX identifier of the data licence, <c>CC-BY-4.0</c>.</summary>
    public string License { get; }

    /// <summary>The United Nations Global Counter-Terrorism Strategy, with its four pillars.</summary>
    public Strategy Strategy => _reader.Strategy;

    /// <summary>The four pillars of the Strategy, in the order of their numbers.</summary>
    public ImmutableArray<Pillar> Pillars => Strategy.Pillars;

    /// <summary>Every initiative (phase of the Central Asia project), in the order of the data package.</summary>
    public ImmutableArray<Initiative> Initiatives => _reader.Initiatives;

    /// <summary>Every Joint Plan of Action (the 2011 plan and its 2022 update), in the order of the data package. The
    /// edition has no "the plan": ask <see cref="TryGetPlanInForce"/> which one was in force on a day.</summary>
    public ImmutableArray<JointPlanOfAction> Plans => _reader.Plans;

    /// <summary>Every declaration, in the order of the data package.</summary>
    public ImmutableArray<Declaration> Declarations => _reader.Declarations;

    /// <summary>Every event of the project from its launch in 2010, in chronological order (then by their ordinal).</summary>
    public ImmutableArray<Event> Timeline => _reader.Timeline;

    /// <summary>The states named in the data, in the order of the data package.</summary>
    public ImmutableArray<State> States => _reader.States;

    /// <summary>The organisations, in the order of the data package.</summary>
    public ImmutableArray<Organisation> Organisations => _reader.Organisations;

    /// <summary>The places, in the order of the data package.</summary>
    public ImmutableArray<Place> Places => _reader.Places;

    /// <summary>Every role taken by a state or organisation, each with its sources.</summary>
    public ImmutableArray<Participation> Participations => _reader.Participations;

    /// <summary>The claims of sources that the data does not take, with the value taken and the evidence.</summary>
    public ImmutableArray<Erratum> Errata => _reader.Errata;

    /// <summary>Every source that a fact of this edition cites.</summary>
    public ImmutableArray<Source> Sources { get; }

    /// <summary>The pillar with the given number.</summary>
    /// <param name="number">The pillar's number.</param>
    /// <returns>The pillar.</returns>
    /// <exception cref="KeyNotFoundException">This edition holds no pillar with that number.</exception>
    public Pillar GetPillar(PillarNumber number)
    {
        foreach (var pillar in Pillars)
        {
            if (pillar.Number == number)
            {
                return pillar;
            }
        }

        throw new KeyNotFoundException($"The data set holds no pillar {number}.");
    }

    /// <summary>
    /// The plan in force on <paramref name="day"/>: of <see cref="Plans"/>, the one adopted last on or before that day
    /// (its adoption's first day counts); none before the first plan was adopted.
    /// </summary>
    /// <param name="day">The day.</param>
    /// <param name="plan">The plan, when one was in force.</param>
    /// <returns><see langword="true"/> when a plan had been adopted by that day.</returns>
    public bool TryGetPlanInForce(LocalDate day, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out JointPlanOfAction plan)
    {
        plan = null;
        foreach (var candidate in Plans)
        {
            if (candidate.AdoptedOn.First <= day && (plan is null || candidate.AdoptedOn.First >= plan.AdoptedOn.First))
            {
                plan = candidate;
            }
        }

        return plan is not null;
    }

    /// <summary>
    /// Where <paramref name="state"/> stood on <paramref name="day"/>: towards the plan in force that day
    /// (<see cref="TryGetPlanInForce"/>), over which days that answer holds (until the next plan's adoption, or open),
    /// with the sources and the weakest grade of what it rests on. A Central Asian state (M49 sub-region 143, the region
    /// the plans cover) that no source places is <see cref="JointPlanStatus.Unknown"/>, never
    /// <see cref="JointPlanStatus.None"/>; a state outside the region is none.
    /// </summary>
    /// <param name="state">A state of this data set.</param>
    /// <param name="day">The day.</param>
    /// <returns>The status, or <see langword="null"/> before the first plan was adopted.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="state"/> is <see langword="null"/>.</exception>
    public PlanStatus? StatusOn(State state, LocalDate day)
    {
        Argument.NotNull(state);

        if (!TryGetPlanInForce(day, out var plan))
        {
            return null;
        }

        var from = plan.AdoptedOn.First;
        LocalDate? next = null;
        foreach (var candidate in Plans)
        {
            var first = candidate.AdoptedOn.First;
            if (first > from && (next is null || first < next))
            {
                next = first;
            }
        }

        var role = plan.RoleOf(state);
        var provenance = Provenance.Combined([role?.Provenance ?? state.Provenance, plan.AdoptionDate.Provenance]);
        return new PlanStatus(state, plan, JointPlanOfAction.StatusFrom(role, state), provenance, from, next?.PlusDays(-1));
    }

    private Dictionary<string, Source> SourcesById()
    {
        var byId = new Dictionary<string, Source>(Sources.Length, StringComparer.OrdinalIgnoreCase);
        foreach (var source in Sources)
        {
            byId[source.Id] = source;
        }

        return byId;
    }

    /// <summary>Every participation with the given role.</summary>
    /// <param name="role">The role.</param>
    /// <returns>The participations, in the order of the data package.</returns>
    public ImmutableArray<Participation> ParticipationsWithRole(Role role) => Participations.WhereToArray(p => p.Role == role);

    /// <summary>Every role taken in <paramref name="target"/> (a phase of the project, an event, a plan or a declaration).</summary>
    /// <param name="target">The entity roles were taken in.</param>
    /// <returns>The participations, in the order of the data package.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="target"/> is <see langword="null"/>.</exception>
    public ImmutableArray<Participation> ParticipationsIn(Entity target)
    {
        Argument.NotNull(target);

        return Participations.WhereToArray(p => p.Target.Id == target.Id);
    }

    /// <summary>Every role that <paramref name="participant"/> (a state or organisation) took.</summary>
    /// <param name="participant">The state or organisation.</param>
    /// <returns>The participations, in the order of the data package.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="participant"/> is <see langword="null"/>.</exception>
    public ImmutableArray<Participation> ParticipationsOf(Entity participant)
    {
        Argument.NotNull(participant);

        return Participations.WhereToArray(p => p.Participant.Id == participant.Id);
    }

    /// <summary>The errata about <paramref name="entity"/>: the claims of sources about it that the data does not take.</summary>
    /// <param name="entity">The entity.</param>
    /// <returns>The errata, in the order of the data package.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entity"/> is <see langword="null"/>.</exception>
    public ImmutableArray<Erratum> ErrataOf(Entity entity)
    {
        Argument.NotNull(entity);

        return Errata.WhereToArray(e => e.EntityId == entity.Id);
    }

    /// <summary>Finds any entity (state, organisation, place, event, pillar, ...) by its ID, ignoring case.</summary>
    /// <param name="id">The ID, for example <c>KAZ</c>, <c>UNRCCA</c> or <c>EM2</c>.</param>
    /// <param name="entity">The entity, when found.</param>
    /// <returns><see langword="true"/> when this edition holds an entity with that ID.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is <see langword="null"/>.</exception>
    public bool TryGetEntity(string id, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out Entity entity)
    {
        Argument.NotNull(id);

        return _reader.Entities.TryGetValue(id.Trim(), out entity!);
    }

    /// <summary>The entity with the given ID, ignoring case.</summary>
    /// <param name="id">The ID.</param>
    /// <returns>The entity.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is <see langword="null"/>.</exception>
    /// <exception cref="KeyNotFoundException">No entity has that ID; the message names it.</exception>
    public Entity GetEntity(string id) =>
        TryGetEntity(id, out var entity) ? entity : throw new KeyNotFoundException($"The data set holds no entity with ID '{Quoted.Input(id)}'.");

    /// <summary>Finds a source by its ID, ignoring case.</summary>
    /// <param name="id">The ID, for example <c>S-SEED-FR</c>.</param>
    /// <param name="source">The source, when found.</param>
    /// <returns><see langword="true"/> when this edition holds a source with that ID.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is <see langword="null"/>.</exception>
    public bool TryGetSource(string id, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out Source source)
    {
        Argument.NotNull(id);

        var byId = Volatile.Read(ref _sourcesById) ?? Publish(ref _sourcesById, SourcesById());
        return byId.TryGetValue(id.Trim(), out source!);
    }

    /// <summary>The source with the given ID, ignoring case.</summary>
    /// <param name="id">The ID.</param>
    /// <returns>The source.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is <see langword="null"/>.</exception>
    /// <exception cref="KeyNotFoundException">No source has that ID; the message names it.</exception>
    public Source GetSource(string id) =>
        TryGetSource(id, out var source) ? source : throw new KeyNotFoundException($"The data set holds no source with ID '{Quoted.Input(id)}'.");

    /// <inheritdoc />
    public override string ToString() => $"{Name} {Version}";

    // A nested holder defers building until Default is first read, and the runtime's type initialisation makes it
    // thread-safe and once-only, without a lock on every access.
    private static class DefaultHolder
    {
        internal static readonly CentralAsiaData Instance = DataSetReader.Read(BuiltInPackage.ReadTables());
    }
}
