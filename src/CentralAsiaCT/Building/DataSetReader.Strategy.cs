using System.Collections.Generic;
using System.Collections.Immutable;
using System;
using CentralAsiaCT.Packaging;

namespace CentralAsiaCT.Building;

// The strategy stage: the strategy with its pillars and reviews.
internal sealed partial class DataSetReader
{
    private Strategy ReadStrategy()
    {
        var pillarsByStrategy = new Dictionary<string, List<Pillar>>(StringComparer.Ordinal);
        foreach (var row in Rows("pillars"))
        {
            var id = EntityId(row, "id", "pillar");
            var number = row.Required("number");
            if (!IntegerText.TryParse(number, out var n)
                || n < (int)PillarNumber.I || n > (int)PillarNumber.IV)
            {
                throw row.Error("number", $"'{number}' is not a pillar number from 1 to 4");
            }

            var strategyId = row.Required("strategy_id");
            Add(pillarsByStrategy, strategyId, Register(row, new Pillar(id, Facts(row), (PillarNumber)n, strategyId)));
        }

        var reviewsByStrategy = new Dictionary<string, List<Review>>(StringComparer.Ordinal);
        foreach (var row in Rows("reviews"))
        {
            var id = EntityId(row, "id", "review");
            var strategyId = row.Required("strategy_id");
            var adoption = row.Optional("adoption") is null ? (ReviewAdoption?)null : Vocabulary.Parse<ReviewAdoption>(row, "adoption");
            var votesFor = Count(row, "votes_for", 0);
            var votesAgainst = Count(row, "votes_against", 0);
            var abstentions = Count(row, "abstentions", 0);
            var vote = votesFor is { } f && votesAgainst is { } a && abstentions is { } n ? new RecordedVote(f, a, n) : null;
            Add(reviewsByStrategy, strategyId, Register(row, new Review(
                id,
                Facts(row),
                strategyId,
                Count(row, "ordinal", 1) ?? throw row.Error("ordinal", "is empty"),
                row.Optional("symbol"),
                row.Optional("adopted") is null ? null : DateText.Required(row, "adopted", null, "date_precision"),
                adoption,
                vote)));
        }

        Strategy? strategy = null;
        foreach (var row in Rows("strategies"))
        {
            var id = EntityId(row, "id", "strategy");
            if (strategy is not null)
            {
                throw row.Error("id", "the data package holds more than one strategy");
            }

            pillarsByStrategy.TryGetValue(id, out var pillars);
            reviewsByStrategy.TryGetValue(id, out var reviews);
            reviews?.Sort(static (a, b) => a.Ordinal.CompareTo(b.Ordinal));
            pillars?.Sort(static (a, b) => a.Number.CompareTo(b.Number));
            strategy = Register(row, new Strategy(
                id,
                Facts(row),
                row.Required("symbol"),
                row.Required("adopted_by"),
                Vocabulary.ParseOptional<ReviewAdoption>(row, "adoption"),
                pillars is null ? ImmutableArray<Pillar>.Empty : ImmutableArray.CreateRange(pillars),
                reviews is null ? ImmutableArray<Review>.Empty : ImmutableArray.CreateRange(reviews)));
        }

        return strategy ?? throw new FormatException("Table 'strategies' holds no strategy.");
    }
}
