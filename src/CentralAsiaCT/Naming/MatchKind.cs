namespace CentralAsiaCT.Naming;

/// <summary>How an input matched an entity, from the strongest to the weakest (the values are in that order).</summary>
public enum MatchKind
{
    /// <summary>A code, ID or symbol: ISO 3166-1 alpha-2, alpha-3 or numeric, UN M49, a resolution's symbol, or the entity's ID.</summary>
    Code = 1,

    /// <summary>An official name in some language.</summary>
    OfficialName = 2,

    /// <summary>A formal name of a state ("Republic of Kazakhstan").</summary>
    FormalName = 3,

    /// <summary>An official short name.</summary>
    ShortName = 4,

    /// <summary>An acronym or abbreviation.</summary>
    Acronym = 5,

    /// <summary>An informal or common name (the CLDR names people write, a source's informal form).</summary>
    Alias = 6,

    /// <summary>A name no longer in force.</summary>
    FormerName = 7,

    /// <summary>A form that a source wrote by mistake: found, and flagged as an error of that source.</summary>
    ErroneousForm = 8,

    /// <summary>One edit (insertion, deletion, substitution or transposition) away from a name; only <c>Search</c> returns these.</summary>
    Approximate = 9,

    /// <summary>The input's words are a run of whole words of a longer name ("Joint Plan of Action", "Strategy"); only
    /// <c>Search</c> returns these, shorter names first.</summary>
    PartOfName = 10,
}
