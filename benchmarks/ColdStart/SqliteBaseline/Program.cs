using System;
using System.IO;
using Microsoft.Data.Sqlite;

using var connection = new SqliteConnection("Data Source=:memory:");
connection.Open();
using (var load = connection.CreateCommand())
{
    // The tables and rows, as SQL written by the harness from the data package.
    load.CommandText = File.ReadAllText(args[0]);
    load.ExecuteNonQuery();
}

using var query = connection.CreateCommand();
// The plan in force on the day: the last adopted on or before it.
query.CommandText = """
    SELECT s.alpha3 FROM states s JOIN participations p ON p.participant_id = s.alpha3
    WHERE p.role = 'adopter' AND p.target_id = (
        SELECT pl.id FROM plans pl JOIN events e ON e.id = pl.adopted_at_event_id WHERE e.start <= '2026-12-02' ORDER BY e.start DESC LIMIT 1)
    ORDER BY s.rowid
    """;
using var reader = query.ExecuteReader();
var answer = new System.Collections.Generic.List<string>();
while (reader.Read())
{
    answer.Add(reader.GetString(0));
}

Console.WriteLine(string.Join(" ", answer));
