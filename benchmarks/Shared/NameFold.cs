using System.Globalization;
using System.Linq;
using System.Text;

namespace CentralAsiaCT.Benchmarks.ColdStart;

/// <summary>How the peers fold a name to compare it as the library does for "Kirghizistan": case and accents ignored.
/// A program without the library would write about this much (the library also folds punctuation and articles).</summary>
public static class NameFold
{
    public static string Fold(string text) =>
        string.Concat(text.Normalize(NormalizationForm.FormD).Where(static c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark))
            .ToLowerInvariant();
}
