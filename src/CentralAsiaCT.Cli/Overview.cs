using System.Globalization;
using System.IO;
using System.Linq;

namespace CentralAsiaCT.Cli;

/// <summary>Writes the overview: the timeline of the process and the states with their status, each line with its sources.</summary>
internal static class Overview
{
    public static void Write(CentralAsiaData data, TextWriter output)
    {
        output.WriteLine($"{data.Title}");
        output.WriteLine($"Data package {data.Name} {data.Version} ({data.License}); every line ends with the IDs of its sources.");
        output.WriteLine();
        output.WriteLine("Timeline of the process");
        foreach (var e in data.Timeline)
        {
            var pillars = e.Pillars.IsEmpty ? "-" : string.Join(", ", e.Pillars.Select(p => p.Number));
            output.WriteLine(string.Format(
                CultureInfo.InvariantCulture,
                "  {0,-22} {1,-19} {2,-35} pillars {3,-15} [{4}]",
                e.Date,
                Describe(e),
                $"{English(e.Place)}, {English(e.Place.State)}",
                pillars,
                e.Provenance.SourceIds));
        }

        output.WriteLine();
        output.WriteLine($"States and the Joint Plan of Action ({English(data.JointPlanOfAction)})");
        foreach (var state in data.States)
        {
            var status = data.StatusOf(state);
            var roles = data.ParticipationsOf(state);
            var statusFact = roles.FirstOrDefault(p => p.Target.Id == data.JointPlanOfAction.Id);
            output.WriteLine(string.Format(
                CultureInfo.InvariantCulture,
                "  {0} {1} {2,-26} {3,-9} [{4}]",
                state.Alpha3,
                state.Alpha2,
                English(state),
                status.ToString().ToLowerInvariant(),
                (statusFact?.Provenance ?? state.Provenance).SourceIds));
            foreach (var role in roles.Where(p => p != statusFact))
            {
                output.WriteLine($"         {Words(role.Role)} of {role.Target.Id} [{role.Provenance.SourceIds}]");
            }
        }
    }

    private static string English(Entity entity) =>
        entity.TryGetName("en", out var name) ? name.Text : entity.Id + " (no English name in the data)";

    private static string Describe(Event e) => e.Kind switch
    {
        EventKind.ExpertMeeting => $"expert meeting {e.Ordinal}",
        EventKind.HighLevelMeeting => "high-level meeting",
        _ => "launch",
    };

    private static string Words(Role role) => role switch
    {
        Role.DeclarationSupporter => "declaration supporter",
        Role.CoSponsor => "co-sponsor",
        _ => role.ToString().ToLowerInvariant(),
    };
}
