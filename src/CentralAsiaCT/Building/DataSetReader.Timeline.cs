using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace CentralAsiaCT.Building;

// The places and the events.
internal sealed partial class DataSetReader
{
    private ImmutableArray<Place> ReadPlaces()
    {
        var result = ImmutableArray.CreateBuilder<Place>();
        foreach (var row in Rows("places"))
        {
            var id = EntityId(row, "id", "place");
            result.Add(Register(row, new Place(id, Facts(row), Resolve<State>(row, "state_id")!)));
        }

        return result.ToImmutable();
    }

    private ImmutableArray<Event> ReadEvents()
    {
        var events = new List<Event>();
        foreach (var row in Rows("events"))
        {
            events.Add(Register(row, new Event(
                EntityId(row, "id", "event"),
                Facts(row),
                Vocabulary.Parse<EventKind>(row, "kind"),
                Count(row, "ordinal", 1),
                row.Optional("initiative_id"),
                DateText.Required(row, "start", "end", "date_precision"),
                Later<Place>(row, "place_id"),
                Vocabulary.ParseOptional<EventScope>(row, "scope"))));
        }

        // Sorted by date, then ordinal, then the package's order (so the sort is stable). An insertion sort did this
        // before, for a handful of events; measured on a synthetic edition of 7,800 events it made Load grow with the
        // square of the rows (benchmarks/README.md, scale).
        var order = new int[events.Count];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        Array.Sort(order, (a, b) =>
        {
            var byDate = events[a].Date.First.CompareTo(events[b].Date.First);
            var byOrdinal = (events[a].Ordinal ?? 0).CompareTo(events[b].Ordinal ?? 0);
            return byDate != 0 ? byDate : byOrdinal != 0 ? byOrdinal : a.CompareTo(b);
        });
        var timeline = new Event[events.Count];
        for (var i = 0; i < order.Length; i++)
        {
            timeline[i] = events[order[i]];
        }

        return ImmutableArray.Create(timeline);
    }

    // The pillars and claims of every event, read when one is first asked.
    private Dictionary<string, EventDetails> ReadEventDetails()
    {
        var coverage = new Dictionary<string, List<PillarCoverage>>(StringComparer.Ordinal);
        foreach (var row in Rows("event-pillars"))
        {
            Add(coverage, row.Required("event_id"), new PillarCoverage(Resolve<Pillar>(row, "pillar_id")!, Provenance(row)));
        }

        var claims = new Dictionary<string, List<EventClaim>>(StringComparer.Ordinal);
        foreach (var row in Rows("event-claims"))
        {
            Add(claims, row.Required("event_id"), new EventClaim(
                DateText.Optional(row, "start", "end", "date_precision"),
                Resolve<Place>(row, "place_id"),
                Resolve<Pillar>(row, "pillar_id"),
                row.Required("evidence"),
                Provenance(row)));
        }

        foreach (var eventId in coverage.Keys)
        {
            RequireKind(eventId, "event", "event-pillars");
        }

        foreach (var eventId in claims.Keys)
        {
            RequireKind(eventId, "event", "event-claims");
        }

        var details = new Dictionary<string, EventDetails>(StringComparer.Ordinal);
        foreach (var eventId in coverage.Keys.Concat(claims.Keys))
        {
            if (details.ContainsKey(eventId))
            {
                continue;
            }

            coverage.TryGetValue(eventId, out var covered);
            covered?.Sort(static (a, b) => a.Pillar.Number.CompareTo(b.Pillar.Number));
            claims.TryGetValue(eventId, out var claimed);
            var pillars = covered is null ? ImmutableArray<PillarCoverage>.Empty : ImmutableArray.CreateRange(covered);
            details.Add(eventId, new EventDetails(
                pillars,
                ImmutableArray.CreateRange(pillars, static c => c.Pillar),
                claimed is null ? ImmutableArray<EventClaim>.Empty : ImmutableArray.CreateRange(claimed)));
        }

        return details;
    }
}
