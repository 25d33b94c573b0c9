namespace CentralAsiaCT;

/// <summary>A region of the UN M49 standard.</summary>
/// <param name="Code">The three-digit M49 code, for example <c>143</c>.</param>
/// <param name="Name">The English name of the region, for example <c>Central Asia</c>.</param>
public sealed record M49Region(string Code, string Name);
