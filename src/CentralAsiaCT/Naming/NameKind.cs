namespace CentralAsiaCT.Naming;

/// <summary>What kind of name a <see cref="Name"/> is.</summary>
public enum NameKind
{
    /// <summary>The official (full) name.</summary>
    Official = 1,

    /// <summary>The official short name, such as the UN short name of a state.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "The domain's own word for a short name.")]
    Short = 2,

    /// <summary>An acronym or abbreviation.</summary>
    Acronym = 3,

    /// <summary>An informal or alternative name found in a source.</summary>
    Alias = 4,

    /// <summary>A name no longer in force.</summary>
    Former = 5,

    /// <summary>A form that a source wrote by mistake; kept so that the source's text can be matched and explained.</summary>
    ErroneousInSource = 6,

    /// <summary>The formal name of a state, as ISO 3166-1 gives it beside the short name ("Republic of Kazakhstan",
    /// "Kyrgyz Republic"); <see cref="Entity.GetName"/> still answers with the official or short name.</summary>
    Formal = 7,
}
