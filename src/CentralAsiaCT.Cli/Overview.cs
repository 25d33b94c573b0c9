using System.Globalization;
using System.IO;
using System.Linq;
using CentralAsiaCT.Sourcing;

namespace CentralAsiaCT.Cli;

/// <summary>Writes the overview, 2006-2026: the Strategy's reviews, the phases of the project, its timeline and the
/// states with their status towards each plan, each line with its sources.</summary>
internal static class Overview
{
    /// <param name="data">The edition to describe.</param>
    /// <param name="output">Where the lines go.</param>
    /// <param name="today">The day the memberships are read on; the clock's date (UTC) when not given, so that the
    /// README's excerpt can be replayed on the day it shows.</param>
    public static void Write(CentralAsiaData data, TextWriter output, NodaTime.LocalDate? today = null)
    {
        output.WriteLine($"{data.Title}");
        output.WriteLine($"Data package {data.Name} {data.Version} ({data.License}); every line ends with the IDs of its sources.");
        output.WriteLine();
        output.WriteLine($"The Strategy ({data.Strategy.Symbol}) and its reviews by the General Assembly");
        foreach (var adopted in data.Strategy.Milestones.Where(m => m.Kind == MilestoneKind.Adopted))
        {
            output.WriteLine($"  {"adopted",-8} {adopted.Date,-12} {adopted.Detail} [{adopted.Provenance.SourceIds}]");
        }

        foreach (var review in data.Strategy.Reviews)
        {
            var how = review.Adoption switch
            {
                ReviewAdoption.RecordedVote when review.Vote is { } v => $"recorded vote {v.InFavour}-{v.Against}-{v.Abstaining}",
                { } known => known.ToString().ToLowerInvariant(),
                null => "how adopted: not known",
            };
            output.WriteLine(string.Format(
                CultureInfo.InvariantCulture,
                "  review {0} {1,-12} {2,-14} {3,-28} [{4}]",
                review.Ordinal,
                review.AdoptedOn?.ToString() ?? "date unknown",
                review.Symbol ?? "symbol unknown",
                how,
                review.Provenance.SourceIds));
        }

        output.WriteLine();
        output.WriteLine("Phases of the project");
        foreach (var phase in data.Initiatives)
        {
            // The line shows the phase, its launch and closing and its funders: each a fact with sources of its own.
            var sources = Provenance.Combine(new[] { phase.Provenance, phase.Launch?.Provenance, phase.Closing?.Provenance }
                .Concat(phase.RolesIn.Where(r => r.Role == Role.Funder).Select(r => r.Provenance)));
            var funders = phase.Funders.IsEmpty ? "funders not known" : "funded by " + string.Join(", ", phase.Funders.Select(f => f.Id));
            output.WriteLine(string.Format(
                CultureInfo.InvariantCulture,
                "  phase {0} {1,-13} launched {2,-11} closed {3,-11} {4,-18} [{5}]",
                phase.Phase?.ToString(CultureInfo.InvariantCulture) ?? "?",
                phase.Id,
                phase.Launch?.Date.ToString() ?? "not known",
                phase.Closing?.Date.ToString() ?? "not known",
                funders,
                sources.SourceIds));
        }

        output.WriteLine();
        output.WriteLine("Timeline of the project");
        foreach (var e in data.Timeline)
        {
            var pillars = e.Pillars.IsEmpty ? "-" : string.Join(", ", e.Pillars.Select(p => p.Number));
            var sources = Provenance.Combine(new[] { e.Provenance, e.Place?.Provenance, NameOf(e.Place), NameOf(e.Place?.State) }
                .Concat(e.PillarCoverage.Select(c => c.Provenance)));
            output.WriteLine(string.Format(
                CultureInfo.InvariantCulture,
                "  {0,-22} {1,-24} {2,-35} pillars {3,-15} [{4}]",
                e.Date,
                Describe(e),
                e.Place is { } place ? $"{English(place)}, {English(place.State)}" : "place not known",
                pillars,
                sources.SourceIds));
        }

        foreach (var plan in data.Plans)
        {
            output.WriteLine();
            var updates = plan.Updates is { } older ? $", updating {older.Id}" : string.Empty;
            var heading = Provenance.Combine([plan.Provenance, NameOf(plan), plan.AdoptionDate.Provenance]);
            // D19: a plan no source names in English is called by its ID alone, once.
            var named = plan.TryGetName("en", out var english) ? english.Text + ", " : string.Empty;
            output.WriteLine($"States and {plan.Id} ({named}adopted {plan.AdoptedOn}{updates}) [{heading.SourceIds}] grade {heading.GradeText}");
            foreach (var state in data.States)
            {
                // "none" and "unknown" rest on the state's own row (its M49 sub-region), as its codes do.
                // Where the state stood on the day the plan was adopted, as the one function of standing in time says.
                var standing = state.StandingTowards(plan, plan.AdoptedOn.First);
                var line = Provenance.Combine([state.Provenance, NameOf(state), standing.Kind == StandingKind.Held ? standing.Provenance : null]);
                output.WriteLine(string.Format(
                    CultureInfo.InvariantCulture,
                    "  {0} {1} {2,-26} {3,-9} [{4}] grade {5}",
                    state.Alpha3,
                    state.Alpha2,
                    English(state),
                    plan.StatusOn(state, plan.AdoptedOn.First)!.Status.ToString().ToLowerInvariant(),
                    line.SourceIds,
                    line.GradeText));
            }
        }

        // Each state's standing in the organisations today, as the one function of standing in time answers it.
        var day = today ?? NodaTime.SystemClock.Instance.GetCurrentInstant().InUtc().Date;
        output.WriteLine();
        output.WriteLine($"The states in the organisations today ({NodaTime.Text.LocalDatePattern.Iso.Format(day)})");
        foreach (var state in data.States)
        {
            var held = state.StandingsOn(day).Where(s => s.Kind == StandingKind.Held && s.Target is Organisation).ToList();
            if (held.Count == 0)
            {
                continue;
            }

            var standings = string.Join("; ", held.GroupBy(s => s.Role!.Value).Select(g => $"{Words(g.Key)} of {string.Join(", ", g.Select(s => s.Target.Id))}"));
            var sources = Provenance.Combine(held.Select(s => s.Provenance));
            output.WriteLine($"  {state.Alpha3} {state.Alpha2} {English(state),-14} {standings} [{sources.SourceIds}] grade {sources.GradeText}");
        }

        output.WriteLine();
        output.WriteLine("Other roles of the states");
        foreach (var state in data.States)
        {
            foreach (var role in state.RolesTaken.Where(p => p.Target is not (JointPlanOfAction or Organisation)))
            {
                output.WriteLine($"  {state.Alpha3} {Words(role.Role)} of {role.Target.Id} [{role.Provenance.SourceIds}]");
            }
        }
    }

    private static Provenance? NameOf(Entity? entity) =>
        entity is not null && entity.TryGetName("en", out var name) ? name.Provenance : null;

    private static string English(Entity entity) =>
        entity.TryGetName("en", out var name) ? name.Text : entity.Id + " (no English name in the data)";

    // The kind in words, with its number where a source numbers it, and "national" for an event held for one state.
    private static string Describe(Event e) =>
        (e.Scope == EventScope.National ? "national " : string.Empty)
        + (e.Kind == EventKind.HighLevelMeeting ? "high-level meeting" : Words(e.Kind.ToString()))
        + (e.Ordinal is { } n ? " " + n.ToString(CultureInfo.InvariantCulture) : string.Empty);

    private static string Words(Role role) => role switch
    {
        Role.CoSponsor => "co-sponsor",
        Role.ParticipatingState => "participating State",
        _ => Words(role.ToString()),
    };

    // "DeclarationSupporter" reads "declaration supporter".
    private static string Words(string pascal) =>
        string.Concat(pascal.Select((c, i) => char.IsUpper(c) ? (i > 0 ? " " : string.Empty) + char.ToLowerInvariant(c) : c.ToString()));
}
