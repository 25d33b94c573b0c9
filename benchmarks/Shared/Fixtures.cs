using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace CentralAsiaCT.Benchmarks.ColdStart;

/// <summary>Writes the same facts for the baselines: JSON for the JSON program, SQL for the SQLite program.</summary>
public static class Fixtures
{
    public static void Write(CentralAsiaData data, string folder)
    {
        Directory.CreateDirectory(folder);
        data.Export(Path.Combine(folder, "csv"), CentralAsiaCT.Reporting.ExportFormat.DataPackage);
        File.WriteAllText(Path.Combine(folder, "facts.json"), Json(data));
        File.WriteAllText(Path.Combine(folder, "facts.sql"), Sql(data));
    }

    /// <summary>The facts as a user would write them to JSON: states with codes and names, roles, plans, events.</summary>
    public static string Json(CentralAsiaData data)
    {
        var facts = new
        {
            states = data.States.Select(s => new { alpha3 = s.Alpha3, alpha2 = s.Alpha2, numeric = s.Numeric, names = s.Names.Select(n => n.Text).ToArray() }),
            participations = data.Participations.Select(p => new { participant = p.Participant.Id, target = p.Target.Id, role = Words(p.Role.ToString()), sourceIds = p.Provenance.SourceIds }),
            plans = data.Plans.Select(p => new { id = p.Id, adoptedAt = p.AdoptedAt.Id }),
            events = data.Timeline.Select(e => new { id = e.Id, kind = e.Kind.ToString(), start = e.Date.First.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture), end = e.Date.Last.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture), place = e.Place?.Id, pillars = e.Pillars.Select(p => (int)p.Number).ToArray() }),
            reviews = data.Reviews.Select(r => new { id = r.Id, ordinal = r.Ordinal, adopted = r.AdoptedOn?.ToString() ?? "" }),
        };
        return JsonSerializer.Serialize(facts);
    }

    /// <summary>The same facts as SQL that creates and fills the tables.</summary>
    public static string Sql(CentralAsiaData data)
    {
        var sql = new StringBuilder();
        sql.AppendLine("CREATE TABLE states (alpha3 TEXT PRIMARY KEY, alpha2 TEXT, numeric TEXT);");
        sql.AppendLine("CREATE TABLE names (entity_id TEXT, language TEXT, kind TEXT, text TEXT);");
        sql.AppendLine("CREATE TABLE participations (participant_id TEXT, target_id TEXT, role TEXT, source_ids TEXT);");
        sql.AppendLine("CREATE TABLE events (id TEXT PRIMARY KEY, kind TEXT, start TEXT, \"end\" TEXT, place_id TEXT);");
        sql.AppendLine("CREATE TABLE event_pillars (event_id TEXT, pillar INTEGER);");
        sql.AppendLine("CREATE TABLE plans (id TEXT PRIMARY KEY, adopted_at_event_id TEXT);");
        sql.AppendLine("CREATE TABLE reviews (id TEXT PRIMARY KEY, ordinal INTEGER, adopted TEXT);");
        foreach (var r in data.Reviews)
        {
            sql.AppendLine(CultureInfo.InvariantCulture, $"INSERT INTO reviews VALUES ('{r.Id}', {r.Ordinal}, '{r.AdoptedOn}');");
        }

        foreach (var p in data.Plans)
        {
            sql.AppendLine(CultureInfo.InvariantCulture, $"INSERT INTO plans VALUES ('{p.Id}', '{p.AdoptedAt.Id}');");
        }

        foreach (var s in data.States)
        {
            sql.AppendLine(CultureInfo.InvariantCulture, $"INSERT INTO states VALUES ('{s.Alpha3}', '{s.Alpha2}', '{s.Numeric}');");
            foreach (var n in s.Names)
            {
                sql.AppendLine(CultureInfo.InvariantCulture, $"INSERT INTO names VALUES ('{s.Id}', '{n.Language}', '{n.Kind}', '{n.Text.Replace("'", "''", System.StringComparison.Ordinal)}');");
            }
        }

        foreach (var p in data.Participations)
        {
            sql.AppendLine(CultureInfo.InvariantCulture, $"INSERT INTO participations VALUES ('{p.Participant.Id}', '{p.Target.Id}', '{Words(p.Role.ToString())}', '{p.Provenance.SourceIds}');");
        }

        foreach (var e in data.Timeline)
        {
            sql.AppendLine(CultureInfo.InvariantCulture, $"INSERT INTO events VALUES ('{e.Id}', '{e.Kind}', '{e.Date.First:uuuu-MM-dd}', '{e.Date.Last:uuuu-MM-dd}', '{e.Place?.Id}');");
            foreach (var pillar in e.Pillars)
            {
                sql.AppendLine(CultureInfo.InvariantCulture, $"INSERT INTO event_pillars VALUES ('{e.Id}', {(int)pillar.Number});");
            }
        }

        return sql.ToString();
    }

    // The data package's own words for roles: "DeclarationSupporter" is "declaration-supporter".
    private static string Words(string pascal) =>
        string.Concat(pascal.Select((c, i) => char.IsUpper(c) ? (i > 0 ? "-" : string.Empty) + char.ToLowerInvariant(c) : c.ToString()));
}
