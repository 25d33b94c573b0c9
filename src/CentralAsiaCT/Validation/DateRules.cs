using System.Collections.Generic;
using System.Linq;
using System;
using CentralAsiaCT.Dating;
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
            if (row["start"].Length == 0 && row["end"].Length == 0 && row["date_precision"].Length == 0)
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
        CheckReviewOrder(check);
    }

    private static void CheckProjectPeriod(PackageCheck check, Dictionary<string, EventDates> events)
    {
        // A phase's launch does not start its span: phase III held its first coordination meeting (2018-02-23) before
        // the high-level meeting that launched it (May 2018). What binds is the closing of the phase before it, and its
        // own closing, where the sources give them.
        var closings = new Dictionary<string, (string Event, (LocalDate First, LocalDate Last) Date)>(StringComparer.Ordinal);
        var follows = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in check.Rows("initiatives", ValidationRules.ProjectPeriod, "id", "follows_id", "closing_event_id"))
        {
            if (events.TryGetValue(row["closing_event_id"], out var closing) && closing.Date is { } closed)
            {
                closings[row["id"]] = (row["closing_event_id"], closed);
            }

            if (row["follows_id"].Length > 0)
            {
                follows[row["id"]] = row["follows_id"];
            }
        }

        foreach (var pair in events.Where(p => p.Value.Initiative.Length > 0 && p.Value.Date is not null))
        {
            var initiative = pair.Value.Initiative;
            var date = pair.Value.Date!.Value;
            if (closings.TryGetValue(initiative, out var own) && own.Event != pair.Key && date.First > own.Date.Last)
            {
                check.Add(ValidationRules.ProjectPeriod, "events", pair.Value.Row, "start", $"'{pair.Key}' comes after {initiative} was closed by {own.Event}, on {IsoDateText.Format(own.Date.First)}", pair.Key);
            }

            if (follows.TryGetValue(initiative, out var before) && closings.TryGetValue(before, out var previous) && date.Last < previous.Date.First)
            {
                check.Add(ValidationRules.ProjectPeriod, "events", pair.Value.Row, "start", $"'{pair.Key}' of {initiative} comes before {before}, the phase it follows, was closed on {IsoDateText.Format(previous.Date.First)}", pair.Key);
            }
        }
    }

    private static void CheckReviewOrder(PackageCheck check)
    {
        var reviews = new List<(int Row, string Id, long Ordinal, (LocalDate First, LocalDate Last) Date)>();
        foreach (var row in check.Rows("reviews", ValidationRules.ReviewOrder, "id", "ordinal", "adopted", "date_precision"))
        {
            if (row["adopted"].Length == 0 && row["date_precision"].Length == 0)
            {
                continue;
            }

            if (row["adopted"].Length == 0 || row["date_precision"].Length == 0)
            {
                check.Add(ValidationRules.ReviewOrder, "reviews", row.Number, row["adopted"].Length == 0 ? "adopted" : "date_precision", "a review's adoption date and its precision are given together, or neither", row["id"]);
                continue;
            }

            if (Range(check, "reviews", row.Number, row["adopted"], string.Empty, row["date_precision"], "adopted") is { } date
                && IntegerText.TryParse(row["ordinal"], out var ordinal))
            {
                reviews.Add((row.Number, row["id"], ordinal, date));
            }
        }

        var ordered = reviews.OrderBy(r => r.Ordinal).ToList();
        for (var i = 1; i < ordered.Count; i++)
        {
            if (ordered[i].Date.Last < ordered[i - 1].Date.First)
            {
                check.Add(ValidationRules.ReviewOrder, "reviews", ordered[i].Row, "adopted", $"review {ordered[i].Ordinal} was adopted before review {ordered[i - 1].Ordinal}", ordered[i].Id);
            }
        }
    }

    private static void CheckConsultationOrder(PackageCheck check, Dictionary<string, EventDates> events)
    {
        // Each initiative numbers its own expert meetings: phase II may hold an "expert meeting 1" of its own.
        foreach (var initiative in events.Where(p => p.Value.Initiative.Length > 0).GroupBy(p => p.Value.Initiative, StringComparer.Ordinal))
        {
            var meetings = initiative
                .Select(p => (Id: p.Key, p.Value, Ordinal: IntegerText.TryParse(p.Value.Ordinal, out var n) ? n : (long?)null))
                .Where(m => m.Value.Date is not null && m.Ordinal is not null)
                .OrderBy(m => m.Ordinal)
                .ToList();
            foreach (var kind in meetings.GroupBy(m => m.Value.Kind, StringComparer.Ordinal))
            {
                var numbered = kind.ToList();
                for (var i = 1; i < numbered.Count; i++)
                {
                    if (numbered[i].Value.Date!.Value.First <= numbered[i - 1].Value.Date!.Value.Last)
                    {
                        check.Add(ValidationRules.ConsultationOrder, "events", numbered[i].Value.Row, "start", $"{kind.Key.Replace('-', ' ')} {numbered[i].Value.Ordinal} of {initiative.Key} does not come after its {kind.Key.Replace('-', ' ')} {numbered[i - 1].Value.Ordinal}", numbered[i].Id);
                    }
                }
            }

            meetings = meetings.Where(m => m.Value.Kind == "expert-meeting").ToList();

            foreach (var high in initiative.Where(p => p.Value.Kind == "high-level-meeting" && p.Value.Date is not null))
            {
                if (meetings.Count > 0 && high.Value.Date!.Value.First <= meetings[^1].Value.Date!.Value.Last)
                {
                    check.Add(ValidationRules.ConsultationOrder, "events", high.Value.Row, "start", $"the high-level meeting does not come after the last expert meeting of {initiative.Key}", high.Key);
                }
            }
        }
    }

    /// <summary>The first and last day of each event whose date can be read, without reporting anything (DAT001 and
    /// DAT002 report the others, once): what the rules of other groups compare.</summary>
    internal static Dictionary<string, (LocalDate First, LocalDate Last)> EventSpans(PackageCheck check, ValidationRule rule)
    {
        var spans = new Dictionary<string, (LocalDate First, LocalDate Last)>(StringComparer.Ordinal);
        foreach (var row in check.Rows("events", rule, "id", "start", "end", "date_precision"))
        {
            var span = Range(check, "events", row.Number, row["start"], row["end"], row["date_precision"], report: false);
            if (span is { } known)
            {
                spans[row["id"]] = known;
            }
        }

        return spans;
    }

    /// <summary>The first and last day a date can be, reporting (unless told not to) a date written against its precision.</summary>
    internal static (LocalDate First, LocalDate Last)? Range(PackageCheck check, string table, int row, string start, string end, string precision, string startColumn = "start", bool report = true)
    {
        (LocalDate, LocalDate)? Wrong(string column, string why)
        {
            if (report)
            {
                check.Add(ValidationRules.DatePrecision, table, row, column == "start" ? startColumn : column, why);
            }

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
                    if (report)
                    {
                        check.Add(ValidationRules.EventEnd, table, row, "end", $"ends on {end}, before its start {start}");
                    }

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
