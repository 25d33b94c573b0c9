namespace CentralAsiaCT.Validation;

/// <summary>One rule that validation checks.</summary>
/// <param name="Id">The stable ID, never reused.</param>
/// <param name="Severity">The severity of a problem under this rule.</param>
/// <param name="Checks">What the rule checks.</param>
public sealed record ValidationRule(string Id, Severity Severity, string Checks)
{
    /// <summary>The data version that brought the rule in, for a rule a minor version added: an older edition of the
    /// same major version, made before it, is told of a breach as a warning, not refused for it.</summary>
    internal string? Since { get; init; }
}
