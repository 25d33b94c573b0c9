namespace CentralAsiaCT;

/// <summary>A region of the UN M49 standard.</summary>
/// <param name="Code">The three-digit M49 code, for example <c>143</c>.</param>
/// <param name="Name">The English name of the region, for example <c>Central Asia</c>.</param>
public sealed record M49Region(string Code, string Name)
{
    // M49 sub-region 143 is the UN's definition of Central Asia, the region the Joint Plans of Action cover: a parameter
    // of the rules (JPA001) and of the status in time, not a fact of one edition.
    internal const string CentralAsiaCode = "143";
}
