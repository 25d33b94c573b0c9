namespace CentralAsiaCT.Naming;

/// <summary>How an input matched an entity, from the strongest to the weakest.</summary>
public enum MatchKind
{
    /// <summary>A code or ID: ISO 3166-1 alpha-2, alpha-3 or numeric, UN M49, or the entity's ID.</summary>
    Code = 1,

    /// <summary>An official name in some language.</summary>
    OfficialName = 2,

    /// <summary>An official short name.</summary>
    ShortName = 3,

    /// <summary>An acronym or abbreviation.</summary>
    Acronym = 4,

    /// <summary>An informal or common name (the CLDR names people write, a source's informal form).</summary>
    Alias = 5,

    /// <summary>A name no longer in force.</summary>
    FormerName = 6,

    /// <summary>A form that a source wrote by mistake: found, and flagged as an error of that source.</summary>
    ErroneousForm = 7,

    /// <summary>One edit (insertion, deletion, substitution or transposition) away from a name; only <c>Search</c> returns these.</summary>
    Approximate = 8,
}
