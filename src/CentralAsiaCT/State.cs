namespace CentralAsiaCT;

/// <summary>A UN Member State named in the data, with its ISO 3166-1 and UN M49 codes.</summary>
public sealed class State : Entity
{
    internal State(string alpha3, EntityFacts facts, string alpha2, string numeric, string m49, M49Region subRegion)
        : base(alpha3, facts)
    {
        Alpha2 = alpha2;
        Numeric = numeric;
        M49 = m49;
        SubRegion = subRegion;
    }

    /// <summary>The ISO 3166-1 alpha-2 code, for example <c>KZ</c>.</summary>
    public string Alpha2 { get; }

    /// <summary>The ISO 3166-1 alpha-3 code, for example <c>KAZ</c>; the same as <see cref="Entity.Id"/>.</summary>
    public string Alpha3 => Id;

    /// <summary>The ISO 3166-1 numeric code as three digits, for example <c>004</c>.</summary>
    public string Numeric { get; }

    /// <summary>The UN M49 code as three digits.</summary>
    public string M49 { get; }

    /// <summary>The M49 sub-region the state belongs to, for example 143 Central Asia.</summary>
    public M49Region SubRegion { get; }
}
