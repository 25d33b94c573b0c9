using System;
using System.Collections.Frozen;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;
using CentralAsiaCT.Benchmarks.ColdStart;
using Microsoft.Data.Sqlite;

namespace CentralAsiaCT.Benchmarks;

/// <summary>The same facts held the ways a user would otherwise hold them, built once per benchmark class.</summary>
public sealed class Baselines : IDisposable
{
    public Baselines()
    {
        var data = CentralAsiaData.Default;
        Data = data;
        JsonText = Fixtures.Json(data);
        SqlText = Fixtures.Sql(data);
        Facts = JsonSerializer.Deserialize<Facts>(JsonText, JsonOptions)!;
        Sqlite = new SqliteConnection("Data Source=:memory:");
        Sqlite.Open();
        using var load = Sqlite.CreateCommand();
        load.CommandText = SqlText;
        load.ExecuteNonQuery();

        // The floor: a frozen dictionary keyed by keys already folded, and a plain array.
        FoldedStates = data.States.SelectMany(s => s.Names.Select(n => (Key: Fold(n.Text), State: s))
                .Concat(new[] { s.Alpha2, s.Alpha3, s.Numeric }.Select(c => (Key: Fold(c), State: s))))
            .GroupBy(p => p.Key).ToFrozenDictionary(g => g.Key, g => g.First().State, StringComparer.Ordinal);
        FoldedStatesBySpan = FoldedStates.GetAlternateLookup<ReadOnlySpan<char>>();
        StateArray = data.States.ToArray();
    }

    public static JsonSerializerOptions JsonOptions { get; } = new() { PropertyNameCaseInsensitive = true };

    public CentralAsiaData Data { get; }

    public string JsonText { get; }

    public string SqlText { get; }

    public Facts Facts { get; }

    public SqliteConnection Sqlite { get; }

    public FrozenDictionary<string, State> FoldedStates { get; }

    /// <summary>The same dictionary, probed with a span (a folded stack buffer) rather than a string.</summary>
    public FrozenDictionary<string, State>.AlternateLookup<ReadOnlySpan<char>> FoldedStatesBySpan { get; }

    public State[] StateArray { get; }

    /// <summary>Case and accent folding as a user would write it with the BCL.</summary>
    public static string Fold(string text) =>
        new string(text.Normalize(NormalizationForm.FormD).Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark).ToArray())
            .Trim().ToLowerInvariant();

    public SqliteCommand Command(string sql, params (string Name, object Value)[] parameters)
    {
        var command = Sqlite.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        command.Prepare();
        return command;
    }

    public void Dispose() => Sqlite.Dispose();
}
