namespace CentralAsiaCT.Validation;

/// <summary>One rule that validation checks.</summary>
/// <param name="Id">The stable ID, never reused.</param>
/// <param name="Severity">The severity of a problem under this rule.</param>
/// <param name="Checks">What the rule checks.</param>
public sealed record ValidationRule(string Id, Severity Severity, string Checks);
