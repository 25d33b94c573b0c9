using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using CentralAsiaCT.Validation;
using NodaTime;

namespace CentralAsiaCT.Packaging;

/// <summary>
/// Checks the tables of a data package against their Table Schema and against the rules of the domain, reporting
/// every problem with its rule, file, row and column. The one place where the package's rules are written down.
/// </summary>
internal sealed class PackageValidator
{
    // Cells that a rule of the domain owns: the generic schema checks leave them alone, so that a broken cell is
    // reported once, under the rule that says what is wrong with it.
    private static readonly HashSet<string> SourceColumns = new(StringComparer.Ordinal) { "source_ids", "grade" };
    private static readonly HashSet<(string Table, string Column)> IsoColumns =
        [("states", "alpha2"), ("states", "alpha3"), ("states", "numeric"), ("states", "m49")];
    private static readonly HashSet<(string Table, string Column)> ErratumColumns =
        [("errata", "claim"), ("errata", "taken"), ("errata", "evidence")];
    private static readonly HashSet<(string Table, string Column)> DateColumns =
        [("events", "start"), ("events", "end"), ("event-claims", "start"), ("event-claims", "end"), ("milestones", "date")];

    // M49 sub-region 143 is the UN's definition of Central Asia: a rule's parameter, not a fact of the data set.
    private const string CentralAsia = "143";
    private static readonly TimeSpan PatternTimeout = TimeSpan.FromMilliseconds(200);

    private readonly TableSet _tables;
    private readonly PackageDescriptor _descriptor;
    private readonly ProblemList _problems;

    private PackageValidator(TableSet tables, PackageDescriptor descriptor, ProblemList problems)
    {
        _tables = tables;
        _descriptor = descriptor;
        _problems = problems;
    }

    public static void Validate(TableSet tables, PackageDescriptor descriptor, ProblemList problems)
    {
        var validator = new PackageValidator(tables, descriptor, problems);
        validator.CheckSchemas();
        if (problems.HasErrors)
        {
            // The rules of the domain read typed cells; on broken cells they would only repeat what is already said.
            return;
        }

        validator.CheckSources();
        validator.CheckEntities();
        validator.CheckNames();
        validator.CheckDates();
        validator.CheckPlan();
        validator.CheckIsoCodes();
        validator.CheckErrata();
    }

    private Table T(string name) => _tables[name];

    private string Path(string table) => _descriptor.Resources.First(r => r.Name == table).Path;

    private IEnumerable<(int Row, Func<string, string> Cell)> Rows(string table)
    {
        var t = T(table);
        for (var i = 0; i < t.Rows.Length; i++)
        {
            var cells = t.Rows[i];
            yield return (i + 1, column => cells[t.IndexOf(column)]);
        }
    }

    private void Add(ValidationRule rule, string table, int? row, string? column, string message, string? entityId = null) =>
        _problems.Add(rule, message, Path(table), row, column, entityId);

    private void CheckSchemas()
    {
        var keys = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var resource in _descriptor.Resources)
        {
            var table = _tables.Tables.FirstOrDefault(t => t.Name == resource.Name);
            if (table is null)
            {
                continue;
            }

            foreach (var field in resource.Fields)
            {
                CheckField(resource, table, field);
            }

            var seen = new HashSet<string>(StringComparer.Ordinal);
            var indexes = resource.PrimaryKey.Select(table.IndexOf).ToArray();
            for (var row = 0; row < table.Rows.Length; row++)
            {
                var key = string.Join("\u001F", indexes.Select(i => table.Rows[row][i]));
                if (indexes.Length > 0 && !seen.Add(key))
                {
                    Add(ValidationRules.UniqueKey, resource.Name, row + 1, string.Join(",", resource.PrimaryKey), $"the key ({key.Replace('\u001F', ',')}) appears twice");
                }
            }
        }

        foreach (var resource in _descriptor.Resources)
        {
            var table = _tables.Tables.FirstOrDefault(t => t.Name == resource.Name);
            if (table is null)
            {
                continue;
            }

            foreach (var foreignKey in resource.ForeignKeys)
            {
                var target = _tables.Tables.FirstOrDefault(t => t.Name == foreignKey.Resource);
                if (target is null || !target.Columns.Contains(foreignKey.ReferencedField) || !table.Columns.Contains(foreignKey.Field))
                {
                    _problems.Add(ValidationRules.DescriptorShape, $"the foreign key {resource.Name}.{foreignKey.Field} -> {foreignKey.Resource}.{foreignKey.ReferencedField} names a missing table or field", PackageDescriptor.FileName);
                    continue;
                }

                if (!keys.TryGetValue(foreignKey.Resource + "\u001F" + foreignKey.ReferencedField, out var targets))
                {
                    var index = target.IndexOf(foreignKey.ReferencedField);
                    targets = new HashSet<string>(target.Rows.Select(r => r[index]), StringComparer.Ordinal);
                    keys.Add(foreignKey.Resource + "\u001F" + foreignKey.ReferencedField, targets);
                }

                var column = table.IndexOf(foreignKey.Field);
                for (var row = 0; row < table.Rows.Length; row++)
                {
                    var value = table.Rows[row][column];
                    if (value.Length > 0 && !targets.Contains(value))
                    {
                        Add(ValidationRules.Reference, resource.Name, row + 1, foreignKey.Field, $"'{value}' is not in {foreignKey.Resource}.{foreignKey.ReferencedField}", value);
                    }
                }
            }
        }
    }

    private void CheckField(ResourceDescriptor resource, Table table, FieldDescriptor field)
    {
        var column = table.IndexOf(field.Name);
        var owned = SourceColumns.Contains(field.Name) || ErratumColumns.Contains((resource.Name, field.Name));
        var ownedPattern = owned || IsoColumns.Contains((resource.Name, field.Name)) || DateColumns.Contains((resource.Name, field.Name));
        Regex? pattern = null;
        if (field.Pattern is not null && !ownedPattern)
        {
            try
            {
                pattern = new Regex("^(?:" + field.Pattern + ")$", RegexOptions.CultureInvariant, PatternTimeout);
            }
            catch (ArgumentException)
            {
                _problems.Add(ValidationRules.DescriptorShape, $"the pattern of {resource.Name}.{field.Name} is not a regular expression", PackageDescriptor.FileName);
            }
        }

        var unique = new HashSet<string>(StringComparer.Ordinal);
        for (var row = 0; row < table.Rows.Length; row++)
        {
            var value = table.Rows[row][column];
            if (value.Length == 0)
            {
                if (field.Required && !owned)
                {
                    Add(ValidationRules.Required, resource.Name, row + 1, field.Name, "is empty but required");
                }

                continue;
            }

            switch (field.Type)
            {
                case "integer" when !long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _):
                    Add(ValidationRules.FieldType, resource.Name, row + 1, field.Name, $"'{value}' is not an integer");
                    continue;
                case "date" when !IsoDateText.TryParseDay(value, out _):
                    Add(ValidationRules.FieldType, resource.Name, row + 1, field.Name, $"'{value}' is not a date (YYYY-MM-DD)");
                    continue;
                case "list" when !owned && value.Split([field.Delimiter], StringSplitOptions.None).Any(static item => item.Length == 0):
                    Add(ValidationRules.FieldType, resource.Name, row + 1, field.Name, $"'{value}' has an empty item");
                    continue;
            }

            if (pattern is not null && !Matches(pattern, value))
            {
                Add(ValidationRules.Pattern, resource.Name, row + 1, field.Name, $"'{value}' does not match the pattern {field.Pattern}");
            }

            if (!field.Enum.IsDefaultOrEmpty && !owned && !field.Enum.Contains(value))
            {
                Add(ValidationRules.Enum, resource.Name, row + 1, field.Name, $"'{value}' is not one of {string.Join(", ", field.Enum)}");
            }

            if (field.Type == "integer" && long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number)
                && ((field.Minimum is { } min && number < min) || (field.Maximum is { } max && number > max)))
            {
                Add(ValidationRules.Range, resource.Name, row + 1, field.Name, $"{number} is outside {field.Minimum}..{field.Maximum}");
            }

            if (field.Unique && !ownedPattern && !unique.Add(value))
            {
                Add(ValidationRules.UniqueKey, resource.Name, row + 1, field.Name, $"'{value}' appears twice");
            }
        }
    }

    private static bool Matches(Regex pattern, string value)
    {
        try
        {
            return pattern.IsMatch(value);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    private void CheckSources()
    {
        var sources = new HashSet<string>(T("sources").Rows.Select(r => r[T("sources").IndexOf("id")]), StringComparer.Ordinal);
        var cited = new HashSet<string>(StringComparer.Ordinal);
        foreach (var table in _tables.Tables.Where(t => t.Columns.Contains("source_ids")))
        {
            foreach (var (row, cell) in Rows(table.Name))
            {
                var ids = cell("source_ids").Split(';').Select(static s => s.Trim()).Where(static s => s.Length > 0).ToList();
                if (ids.Count == 0)
                {
                    Add(ValidationRules.NoSource, table.Name, row, "source_ids", "the fact cites no source");
                }

                foreach (var id in ids)
                {
                    cited.Add(id);
                    if (!sources.Contains(id))
                    {
                        Add(ValidationRules.UnknownSource, table.Name, row, "source_ids", $"the source '{id}' is not in the sources table");
                    }
                }

                if (table.Columns.Contains("claim_source_ids"))
                {
                    foreach (var id in cell("claim_source_ids").Split(';').Select(static s => s.Trim()).Where(static s => s.Length > 0))
                    {
                        cited.Add(id);
                        if (!sources.Contains(id))
                        {
                            Add(ValidationRules.UnknownSource, table.Name, row, "claim_source_ids", $"the source '{id}' is not in the sources table");
                        }
                    }
                }

                if (table.Columns.Contains("grade") && cell("grade") is not ("A" or "B"))
                {
                    Add(ValidationRules.Grade, table.Name, row, "grade", $"'{cell("grade")}' is not a shipped grade (A or B)");
                }
            }
        }

        foreach (var (row, cell) in Rows("sources"))
        {
            if (!cited.Contains(cell("id")))
            {
                Add(ValidationRules.UncitedSource, "sources", row, "id", $"no fact cites the source '{cell("id")}'", cell("id"));
            }
        }
    }

    private void CheckEntities()
    {
        var kinds = Rows("entities").ToDictionary(r => r.Cell("id"), r => (r.Row, Kind: r.Cell("kind")), StringComparer.Ordinal);
        var defined = new Dictionary<string, int>(StringComparer.Ordinal);
        void Defined(string table, string column, Func<Func<string, string>, string> kindOf)
        {
            foreach (var (row, cell) in Rows(table))
            {
                var id = cell(column);
                defined[id] = defined.TryGetValue(id, out var n) ? n + 1 : 1;
                if (kinds.TryGetValue(id, out var registered) && registered.Kind != kindOf(cell))
                {
                    Add(ValidationRules.EntityKind, table, row, column, $"'{id}' is registered as a {registered.Kind}, not a {kindOf(cell)}", id);
                }
            }
        }

        Defined("strategies", "id", static _ => "strategy");
        Defined("pillars", "id", static _ => "pillar");
        Defined("initiatives", "id", static _ => "initiative");
        Defined("documents", "id", static cell => cell("kind"));
        Defined("states", "alpha3", static _ => "state");
        Defined("places", "id", static _ => "place");
        Defined("organisations", "id", static _ => "organisation");
        Defined("events", "id", static _ => "event");
        foreach (var pair in kinds)
        {
            if (!defined.TryGetValue(pair.Key, out var count) || count != 1)
            {
                Add(ValidationRules.EntityKind, "entities", pair.Value.Row, "id", $"the {pair.Value.Kind} '{pair.Key}' is defined {(count == 0 ? "in no table" : $"{count} times")}", pair.Key);
            }
        }
    }

    private void CheckNames()
    {
        var names = Rows("names").Select(r => (r.Row, Entity: r.Cell("entity_id"), Language: r.Cell("language"), Kind: r.Cell("kind"), Text: r.Cell("text"),
            From: Day(r.Cell("valid_from")), To: Day(r.Cell("valid_to")))).ToList();
        foreach (var name in names.Where(n => n.From is { } from && n.To is { } to && to < from))
        {
            Add(ValidationRules.NameValidity, "names", name.Row, "valid_to", $"'{name.Text}' stops being valid on {name.To} before it starts on {name.From}", name.Entity);
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
                        Add(ValidationRules.OneOfficialName, "names", list[j].Row, "text", $"'{list[j].Text}' and '{list[i].Text}' are both official in '{group.Key.Language}' at once", group.Key.Entity);
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
                    Add(ValidationRules.NamePeriodsOverlap, "names", former.Row, "valid_to", $"the former name '{former.Text}' is still valid when '{current.Text}' starts", former.Entity);
                }
            }
        }
    }

    private static bool Overlap(LocalDate? fromA, LocalDate? toA, LocalDate? fromB, LocalDate? toB) =>
        (fromA is null || toB is null || fromA <= toB) && (fromB is null || toA is null || fromB <= toA);

    private static LocalDate? Day(string text) => IsoDateText.TryParseDay(text, out var day) ? day : null;

    private void CheckDates()
    {
        var events = new Dictionary<string, (int Row, string Kind, string Ordinal, string Initiative, (LocalDate First, LocalDate Last)? Date)>(StringComparer.Ordinal);
        foreach (var (row, cell) in Rows("events"))
        {
            var date = Range("events", row, cell("start"), cell("end"), cell("date_precision"));
            events[cell("id")] = (row, cell("kind"), cell("ordinal"), cell("initiative_id"), date);
        }

        foreach (var (row, cell) in Rows("event-claims"))
        {
            if (cell("start").Length == 0 && cell("date_precision").Length == 0)
            {
                continue;
            }

            var claimed = Range("event-claims", row, cell("start"), cell("end"), cell("date_precision"));
            if (claimed is { } c && events.TryGetValue(cell("event_id"), out var e) && e.Date is { } taken && (c.Last < taken.First || taken.Last < c.First))
            {
                Add(ValidationRules.ClaimAgreement, "event-claims", row, "start", $"the claim {cell("start")} does not agree with the date taken for {cell("event_id")}", cell("event_id"));
            }
        }

        foreach (var (row, cell) in Rows("milestones"))
        {
            Range("milestones", row, cell("date"), string.Empty, cell("date_precision"));
        }

        foreach (var (_, cell) in Rows("initiatives"))
        {
            var initiative = cell("id");
            var plan = Rows("documents").FirstOrDefault(d => d.Cell("kind") == "plan" && d.Cell("initiative_id") == initiative).Cell;
            if (!events.TryGetValue(cell("launch_event_id"), out var launch) || launch.Date is null
                || plan is null || !events.TryGetValue(plan("adopted_at_event_id"), out var adoption) || adoption.Date is null)
            {
                continue;
            }

            foreach (var pair in events.Where(p => p.Value.Initiative == initiative && p.Value.Date is not null))
            {
                var date = pair.Value.Date!.Value;
                if (date.First < launch.Date.Value.First || date.Last > adoption.Date.Value.Last)
                {
                    Add(ValidationRules.ProjectPeriod, "events", pair.Value.Row, "start", $"'{pair.Key}' falls outside the initiative, from {launch.Date.Value.First} to {adoption.Date.Value.Last}", pair.Key);
                }
            }
        }

        var meetings = events.Where(p => p.Value.Kind == "expert-meeting" && p.Value.Date is not null && p.Value.Ordinal.Length > 0)
            .OrderBy(p => long.Parse(p.Value.Ordinal, CultureInfo.InvariantCulture)).ToList();
        for (var i = 1; i < meetings.Count; i++)
        {
            if (meetings[i].Value.Date!.Value.First <= meetings[i - 1].Value.Date!.Value.Last)
            {
                Add(ValidationRules.ConsultationOrder, "events", meetings[i].Value.Row, "start", $"expert meeting {meetings[i].Value.Ordinal} does not come after meeting {meetings[i - 1].Value.Ordinal}", meetings[i].Key);
            }
        }

        foreach (var high in events.Where(p => p.Value.Kind == "high-level-meeting" && p.Value.Date is not null))
        {
            if (meetings.Count > 0 && high.Value.Date!.Value.First <= meetings[^1].Value.Date!.Value.Last)
            {
                Add(ValidationRules.ConsultationOrder, "events", high.Value.Row, "start", $"the high-level meeting does not come after the last expert meeting", high.Key);
            }
        }
    }

    /// <summary>The first and last day a date can be, reporting a date written against its precision.</summary>
    private (LocalDate First, LocalDate Last)? Range(string table, int row, string start, string end, string precision)
    {
        (LocalDate, LocalDate)? Wrong(string column, string why)
        {
            Add(ValidationRules.DatePrecision, table, row, column, why);
            return null;
        }

        switch (precision)
        {
            case "day" or "day-range":
                if (!IsoDateText.TryParseDay(start, out var first))
                {
                    return Wrong("start", $"'{start}' is not a day (YYYY-MM-DD)");
                }

                if (precision == "day")
                {
                    return end.Length > 0 ? Wrong("end", "a date known to the day has no end") : (first, first);
                }

                if (!IsoDateText.TryParseDay(end, out var last))
                {
                    return Wrong("end", $"a range of days needs an end day, not '{end}'");
                }

                if (last < first)
                {
                    Add(ValidationRules.EventEnd, table, row, "end", $"ends on {end}, before its start {start}");
                    return null;
                }

                return (first, last);
            case "month":
                return end.Length > 0 ? Wrong("end", "a date known to the month has no end")
                    : IsoDateText.TryParseMonth(start, out var month) ? (month.OnDayOfMonth(1), month.ToDateInterval().End)
                    : Wrong("start", $"'{start}' is not a month (YYYY-MM)");
            case "year":
                return end.Length > 0 ? Wrong("end", "a date known to the year has no end")
                    : IsoDateText.TryParseYear(start, out var year)
                        ? (new LocalDate(year, 1, 1), new LocalDate(year, 12, 31))
                        : Wrong("start", $"'{start}' is not a year (YYYY)");
            default:
                return Wrong("date_precision", $"'{precision}' is not a precision (day, day-range, month, year)");
        }
    }

    private void CheckPlan()
    {
        var plans = new HashSet<string>(Rows("documents").Where(d => d.Cell("kind") == "plan").Select(d => d.Cell("id")), StringComparer.Ordinal);
        var subRegion = Rows("states").ToDictionary(s => s.Cell("alpha3"), s => s.Cell("m49_subregion"), StringComparer.Ordinal);
        var roles = new Dictionary<(string State, string Plan), List<(int Row, string Role)>>();
        foreach (var (row, cell) in Rows("participations"))
        {
            if (!plans.Contains(cell("target_id")) || cell("role") is not ("adopter" or "observer"))
            {
                continue;
            }

            var party = cell("participant_id");
            if (!subRegion.TryGetValue(party, out var region) || region != CentralAsia)
            {
                Add(ValidationRules.CentralAsianParties, "participations", row, "participant_id", $"'{party}' is not a Central Asian state, so cannot be {cell("role")} of {cell("target_id")}", party);
            }

            var key = (party, cell("target_id"));
            if (!roles.TryGetValue(key, out var list))
            {
                roles[key] = list = [];
            }

            list.Add((row, cell("role")));
        }

        foreach (var pair in roles.Where(p => p.Value.Select(r => r.Role).Distinct().Count() > 1))
        {
            Add(ValidationRules.AdopterOrObserver, "participations", pair.Value[^1].Row, "role", $"'{pair.Key.State}' is both adopter and observer of {pair.Key.Plan}", pair.Key.State);
        }
    }

    private void CheckIsoCodes()
    {
        foreach (var (row, cell) in Rows("states"))
        {
            var alpha2 = cell("alpha2");
            var alpha3 = cell("alpha3");
            var ok = true;
            foreach (var (column, value, length, letters) in new[] { ("alpha2", alpha2, 2, true), ("alpha3", alpha3, 3, true), ("numeric", cell("numeric"), 3, false), ("m49", cell("m49"), 3, false) })
            {
                if (value.Length != length || !value.All(c => letters ? c is >= 'A' and <= 'Z' : c is >= '0' and <= '9'))
                {
                    ok = false;
                    Add(ValidationRules.IsoFormat, "states", row, column, $"'{value}' is not {length} {(letters ? "capital letters" : "digits")}", alpha3);
                }
            }

            if (ok && (alpha2[0] != alpha3[0] || cell("numeric") != cell("m49")))
            {
                Add(ValidationRules.IsoConsistency, "states", row, "alpha2", $"{alpha2}, {alpha3}, {cell("numeric")} and M49 {cell("m49")} do not look like the codes of one state", alpha3);
            }
        }
    }

    private void CheckErrata()
    {
        foreach (var (row, cell) in Rows("errata"))
        {
            foreach (var column in new[] { "claim", "taken", "evidence" })
            {
                if (cell(column).Trim().Length == 0)
                {
                    Add(ValidationRules.Erratum, "errata", row, column, $"erratum {cell("id")} does not say its {column}", cell("entity_id"));
                }
            }
        }
    }
}
