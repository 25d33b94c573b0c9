using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CentralAsiaCT.Packaging;
using NodaTime;

namespace CentralAsiaCT.Validation;

/// <summary>DAT: dates written as their precision says, claims that agree, events in their initiative and in order.</summary>
internal static class DateRules
{
    private sealed record EventDates(int Row, string Kind, string Ordinal, string Initiative, (LocalDate First, LocalDate Last)? Date);

    public static void Check(PackageCheck check)
    {
        var events = new Dictionary<string, EventDates>(StringComparer.Ordinal);
        foreach (var row in check.Rows("events", ValidationRules.DatePrecision, "id", "kind", "ordinal", "initiative_id", "start", "end", "date_precision"))
        {
            var date = Range(check, "events", row.Number, row["start"], row["end"], row["date_precision"]);
            events[row["id"]] = new EventDates(row.Number, row["kind"], row["ordinal"], row["initiative_id"], date);
        }

        foreach (var row in check.Rows("event-claims", ValidationRules.ClaimAgreement, "event_id", "start", "end", "date_precision"))
        {
            if (row["start"].Length == 0 && row["date_precision"].Length == 0)
            {
                continue;
            }

            var claimed = Range(check, "event-claims", row.Number, row["start"], row["end"], row["date_precision"]);
            if (claimed is { } c && events.TryGetValue(row["event_id"], out var e) && e.Date is { } taken && (c.Last < taken.First || taken.Last < c.First))
            {
                check.Add(ValidationRules.ClaimAgreement, "event-claims", row.Number, "start", $"the claim {Quoted.Input(row["start"])} does not agree with the date taken for {row["event_id"]}", row["event_id"]);
            }
        }

        foreach (var row in check.Rows("milestones", ValidationRules.DatePrecision, "date", "date_precision"))
        {
            Range(check, "milestones", row.Number, row["date"], string.Empty, row["date_precision"]);
        }

        CheckProjectPeriod(check, events);
        CheckConsultationOrder(check, events);
    }

    private static void CheckProjectPeriod(PackageCheck check, Dictionary<string, EventDates> events)
    {
        // An initiative's span starts at its launch. Its end is not a column of the data: the adoption of a plan ends
        // no phase (the 2011 plan was followed by a consultation in 2012 and its update in 2022), so only the start binds.
        foreach (var row in check.Rows("initiatives", ValidationRules.ProjectPeriod, "id", "launch_event_id"))
        {
            var initiative = row["id"];
            if (!events.TryGetValue(row["launch_event_id"], out var launch) || launch.Date is not { } launched)
            {
                continue;
            }

            foreach (var pair in events.Where(p => p.Value.Initiative == initiative && p.Value.Date is not null))
            {
                if (pair.Value.Date!.Value.First < launched.First)
                {
                    check.Add(ValidationRules.ProjectPeriod, "events", pair.Value.Row, "start", $"'{pair.Key}' comes before {initiative} was launched, on {IsoDateText.Format(launched.First)}", pair.Key);
                }
            }
        }
    }

    private static void CheckConsultationOrder(PackageCheck check, Dictionary<string, EventDates> events)
    {
        // Each initiative numbers its own expert meetings: phase II may hold an "expert meeting 1" of its own.
        foreach (var initiative in events.GroupBy(p => p.Value.Initiative, StringComparer.Ordinal))
        {
            var meetings = initiative
                .Select(p => (Id: p.Key, p.Value, Ordinal: long.TryParse(p.Value.Ordinal, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) ? n : (long?)null))
                .Where(m => m.Value.Kind == "expert-meeting" && m.Value.Date is not null && m.Ordinal is not null)
                .OrderBy(m => m.Ordinal)
                .ToList();
            for (var i = 1; i < meetings.Count; i++)
            {
                if (meetings[i].Value.Date!.Value.First <= meetings[i - 1].Value.Date!.Value.Last)
                {
                    check.Add(ValidationRules.ConsultationOrder, "events", meetings[i].Value.Row, "start", $"expert meeting {meetings[i].Value.Ordinal} of {initiative.Key} does not come after its meeting {meetings[i - 1].Value.Ordinal}", meetings[i].Id);
                }
            }

            foreach (var high in initiative.Where(p => p.Value.Kind == "high-level-meeting" && p.Value.Date is not null))
            {
                if (meetings.Count > 0 && high.Value.Date!.Value.First <= meetings[^1].Value.Date!.Value.Last)
                {
                    check.Add(ValidationRules.ConsultationOrder, "events", high.Value.Row, "start", $"the high-level meeting does not come after the last expert meeting of {initiative.Key}", high.Key);
                }
            }
        }
    }

    /// <summary>The first and last day a date can be, reporting a date written against its precision.</summary>
    private static (LocalDate First, LocalDate Last)? Range(PackageCheck check, string table, int row, string start, string end, string precision)
    {
        (LocalDate, LocalDate)? Wrong(string column, string why)
        {
            check.Add(ValidationRules.DatePrecision, table, row, column, why);
            return null;
        }

        var startText = Quoted.Input(start);
        switch (precision)
        {
            case "day" or "day-range":
                if (!IsoDateText.TryParseDay(start, out var first))
                {
                    return Wrong("start", $"'{startText}' is not a day (YYYY-MM-DD)");
                }

                if (precision == "day")
                {
                    return end.Length > 0 ? Wrong("end", "a date known to the day has no end") : (first, first);
                }

                if (!IsoDateText.TryParseDay(end, out var last))
                {
                    return Wrong("end", $"a range of days needs an end day, not '{Quoted.Input(end)}'");
                }

                if (last < first)
                {
                    check.Add(ValidationRules.EventEnd, table, row, "end", $"ends on {end}, before its start {start}");
                    return null;
                }

                return (first, last);
            case "month":
                return end.Length > 0 ? Wrong("end", "a date known to the month has no end")
                    : IsoDateText.TryParseMonth(start, out var month) ? (month.OnDayOfMonth(1), month.ToDateInterval().End)
                    : Wrong("start", $"'{startText}' is not a month (YYYY-MM)");
            case "year":
                return end.Length > 0 ? Wrong("end", "a date known to the year has no end")
                    : IsoDateText.TryParseYear(start, out var year)
                        ? (new LocalDate(year, 1, 1), new LocalDate(year, 12, 31))
                        : Wrong("start", $"'{startText}' is not a year (YYYY)");
            default:
                return Wrong("date_precision", $"'{Quoted.Input(precision)}' is not a precision (day, day-range, month, year)");
        }
    }
}
