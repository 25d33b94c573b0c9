using CentralAsiaCT.Dating;

namespace CentralAsiaCT;

/// <summary>
/// A review of the Strategy by the General Assembly (about every two years since 2008): a resolution with its ordinal,
/// and its symbol, adoption date and manner of adoption where a source gives them. What no source gives is
/// <see langword="null"/>, never guessed.
/// </summary>
public sealed class Review : Entity
{
    // The strategy is read after its reviews (it holds them), so the link is followed when first asked for.
    private readonly string _strategyId;

    internal Review(string id, EntityFacts facts, string strategyId, int ordinal, string? symbol, KnownDate? adoptedOn, ReviewAdoption? adoption, RecordedVote? vote)
        : base(id, facts)
    {
        _strategyId = strategyId;
        Ordinal = ordinal;
        Symbol = symbol;
        AdoptedOn = adoptedOn;
        Adoption = adoption;
        Vote = vote;
    }

    /// <summary>The Strategy reviewed.</summary>
    public Strategy Strategy => Store.EntityOf<Strategy>(_strategyId);

    /// <summary>Which review it is: 1 for the first (2008).</summary>
    public int Ordinal { get; }

    /// <summary>The document symbol of the resolution (<c>A/RES/62/272</c>), or <see langword="null"/> when no source
    /// of the data gives it.</summary>
    public string? Symbol { get; }

    /// <summary>When the General Assembly adopted the resolution, with its precision, or <see langword="null"/> when no
    /// source of the data gives the date.</summary>
    public KnownDate? AdoptedOn { get; }

    /// <summary>How it was adopted, or <see langword="null"/> when no source of the data says.</summary>
    public ReviewAdoption? Adoption { get; }

    /// <summary>The counts of a recorded vote, when it was adopted by one and a source gives them.</summary>
    public RecordedVote? Vote { get; }
}
