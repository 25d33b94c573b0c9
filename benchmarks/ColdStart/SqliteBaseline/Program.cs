using System;
using System.Collections.Generic;
using System.IO;
using CentralAsiaCT.Benchmarks.ColdStart;
using Microsoft.Data.Sqlite;

// The same four first questions as the library's program (OneQuestion), answered from SQLite in memory.
using var connection = new SqliteConnection("Data Source=:memory:");
connection.Open();
using (var load = connection.CreateCommand())
{
    // The tables and rows, as SQL written by the harness from the data package.
    load.CommandText = File.ReadAllText(args[0]);
    load.ExecuteNonQuery();
}

var question = args.Length > 1 ? args[1] : "parties";
Console.WriteLine(question switch
{
    // The plan in force on the day: the last adopted on or before it.
    "parties" => string.Join(" ", Column("""
        SELECT s.alpha3 FROM states s JOIN participations p ON p.participant_id = s.alpha3
        WHERE p.role = 'adopter' AND p.target_id = (
            SELECT pl.id FROM plans pl JOIN events e ON e.id = pl.adopted_at_event_id WHERE e.start <= '2026-12-02' ORDER BY e.start DESC LIMIT 1)
        ORDER BY s.rowid
        """)),
    // SQLite's lower() folds ASCII only: the names are folded in the program, as the library folds them.
    "lookup" => Lookup(),
    "review" => string.Join(" ", Column("SELECT id || ' ' || adopted FROM reviews ORDER BY ordinal DESC LIMIT 1")),
    "timeline" => string.Join(" ", Column("SELECT id FROM events WHERE start >= '2011-01-01' AND \"end\" <= '2011-12-31' ORDER BY start")),
    _ => throw new ArgumentException($"No question '{question}'."),
});

List<string> Column(string sql)
{
    using var query = connection.CreateCommand();
    query.CommandText = sql;
    using var reader = query.ExecuteReader();
    var values = new List<string>();
    while (reader.Read())
    {
        values.Add(reader.GetString(0));
    }

    return values;
}

string Lookup()
{
    using var query = connection.CreateCommand();
    query.CommandText = "SELECT entity_id, text FROM names";
    using var reader = query.ExecuteReader();
    var wanted = NameFold.Fold("Kirghizistan");
    while (reader.Read())
    {
        if (NameFold.Fold(reader.GetString(1)) == wanted)
        {
            return reader.GetString(0);
        }
    }

    return "";
}
