using System.Linq;
using CentralAsiaCT.Dating;
using NodaTime;

namespace CentralAsiaCT.Validation;

/// <summary>NAM: one official name at a time, validity periods that make sense.</summary>
internal static class NameRules
{
    public static void Check(PackageCheck check)
    {
        var names = check.Rows("names", ValidationRules.OneOfficialName, "entity_id", "language", "kind", "text", "valid_from", "valid_to")
            .Select(r => (Row: r.Number, Entity: r["entity_id"], Language: r["language"], Kind: r["kind"], Text: r["text"], From: Day(r["valid_from"]), To: Day(r["valid_to"])))
            .ToList();
        foreach (var name in names.Where(n => n.From is { } from && n.To is { } to && to < from))
        {
            check.Add(ValidationRules.NameValidity, "names", name.Row, "valid_to", $"'{Quoted.Input(name.Text)}' stops being valid on {IsoDateText.Format(name.To!.Value)} before it starts on {IsoDateText.Format(name.From!.Value)}", name.Entity);
        }

        foreach (var group in names.Where(n => n.Kind == "official").GroupBy(n => (n.Entity, n.Language)))
        {
            var list = group.ToList();
            for (var i = 0; i < list.Count; i++)
            {
                for (var j = i + 1; j < list.Count; j++)
                {
                    if (Overlap(list[i].From, list[i].To, list[j].From, list[j].To))
                    {
                        check.Add(ValidationRules.OneOfficialName, "names", list[j].Row, "text", $"'{Quoted.Input(list[j].Text)}' and '{Quoted.Input(list[i].Text)}' are both official in '{Quoted.Input(group.Key.Language)}' at once", group.Key.Entity);
                    }
                }
            }
        }

        foreach (var former in names.Where(n => n.Kind == "former"))
        {
            foreach (var current in names.Where(n => n.Kind is "official" or "short" && n.Entity == former.Entity && n.Language == former.Language && n.From is not null))
            {
                if (Overlap(former.From, former.To, current.From, current.To))
                {
                    check.Add(ValidationRules.NamePeriodsOverlap, "names", former.Row, "valid_to", $"the former name '{Quoted.Input(former.Text)}' is still valid when '{Quoted.Input(current.Text)}' starts", former.Entity);
                }
            }
        }
    }

    private static bool Overlap(LocalDate? fromA, LocalDate? toA, LocalDate? fromB, LocalDate? toB) =>
        (fromA is null || toB is null || fromA <= toB) && (fromB is null || toA is null || fromB <= toA);

    private static LocalDate? Day(string text) => IsoDateText.TryParseDay(text, out var day) ? day : null;
}
