using System.Globalization;

namespace CentralAsiaCT.Packaging;

/// <summary>
/// The one reading of a Table Schema integer, for the rules (TYP002) and for the model alike, so that a cell the rules
/// pass is a cell the model reads: decimal digits with an optional sign, within 32 bits.
/// </summary>
internal static class IntegerText
{
    public static bool TryParse(string text, out int value) =>
        int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
}
