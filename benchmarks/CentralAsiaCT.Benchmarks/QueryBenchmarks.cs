using System.Collections.Immutable;
using System.Linq;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Microsoft.Data.Sqlite;
using NodaTime;

namespace CentralAsiaCT.Benchmarks;

/// <summary>The query helpers against LINQ over hand-rolled JSON classes and SQL over SQLite in memory; ratios are to the library.</summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class QueryBenchmarks
{
    private static readonly DateInterval March2011 = new(new LocalDate(2011, 3, 1), new LocalDate(2011, 3, 31));
    private Baselines _b = null!;
    private Pillar _pillarII = null!;
    private SqliteCommand _byStatus = null!;
    private SqliteCommand _byPillar = null!;
    private SqliteCommand _inInterval = null!;
    private SqliteCommand _timeline = null!;

    [GlobalSetup]
    public void Setup()
    {
        _b = new Baselines();
        _pillarII = _b.Data.Pillars.Get(2);
        _byStatus = _b.Command("SELECT s.alpha3 FROM states s JOIN participations p ON p.participant_id = s.alpha3 WHERE p.role = 'adopter' AND p.target_id = 'JPOA-2011'");
        _byPillar = _b.Command("SELECT e.id FROM events e JOIN event_pillars p ON p.event_id = e.id WHERE p.pillar = 2 ORDER BY e.start");
        _inInterval = _b.Command("SELECT id FROM events WHERE start >= '2011-03-01' AND \"end\" <= '2011-03-31' ORDER BY start");
        _timeline = _b.Command("SELECT id FROM events ORDER BY start");
    }

    [GlobalCleanup]
    public void Cleanup() => _b.Dispose();

    [BenchmarkCategory("states-by-status"), Benchmark(Baseline = true, Description = "CentralAsiaCT")]
    public ImmutableArray<State> LibraryStatus() => _b.Data.Plans.Get("JPOA-2011").Parties;

    [BenchmarkCategory("states-by-status"), Benchmark(Description = "JSON + LINQ")]
    public string[] JsonStatus()
    {
        var adopters = _b.Facts.Participations.Where(p => p.Role == "adopter" && p.Target == "JPOA-2011").Select(p => p.Participant).ToHashSet();
        return _b.Facts.States.Where(s => adopters.Contains(s.Alpha3)).Select(s => s.Alpha3).ToArray();
    }

    [BenchmarkCategory("states-by-status"), Benchmark(Description = "SQLite")]
    public int SqliteStatus() => Count(_byStatus);

    [BenchmarkCategory("events-by-pillar"), Benchmark(Baseline = true, Description = "CentralAsiaCT")]
    public ImmutableArray<Event> LibraryPillar() => _b.Data.Timeline.Covering(_pillarII);

    [BenchmarkCategory("events-by-pillar"), Benchmark(Description = "JSON + LINQ")]
    public string[] JsonPillar() => _b.Facts.Events.Where(e => e.Pillars.Contains(2)).OrderBy(e => e.Start).Select(e => e.Id).ToArray();

    [BenchmarkCategory("events-by-pillar"), Benchmark(Description = "SQLite")]
    public int SqlitePillar() => Count(_byPillar);

    [BenchmarkCategory("events-in-interval"), Benchmark(Baseline = true, Description = "CentralAsiaCT")]
    public ImmutableArray<Event> LibraryInterval() => _b.Data.Timeline.Within(March2011);

    [BenchmarkCategory("events-in-interval"), Benchmark(Description = "JSON + LINQ")]
    public string[] JsonInterval() =>
        _b.Facts.Events.Where(e => string.CompareOrdinal(e.Start, "2011-03-01") >= 0 && string.CompareOrdinal(e.End, "2011-03-31") <= 0).Select(e => e.Id).ToArray();

    [BenchmarkCategory("events-in-interval"), Benchmark(Description = "SQLite")]
    public int SqliteInterval() => Count(_inInterval);

    [BenchmarkCategory("timeline"), Benchmark(Baseline = true, Description = "CentralAsiaCT")]
    public ImmutableArray<Event> LibraryTimeline() => _b.Data.Timeline.ToImmutableArray();

    [BenchmarkCategory("timeline"), Benchmark(Description = "JSON + LINQ")]
    public string[] JsonTimeline() => _b.Facts.Events.OrderBy(e => e.Start).Select(e => e.Id).ToArray();

    [BenchmarkCategory("timeline"), Benchmark(Description = "SQLite")]
    public int SqliteTimeline() => Count(_timeline);

    private static int Count(SqliteCommand command)
    {
        using var reader = command.ExecuteReader();
        var n = 0;
        while (reader.Read())
        {
            n++;
        }

        return n;
    }
}
