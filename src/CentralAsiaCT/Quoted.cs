using System.Globalization;
using System.Text;

namespace CentralAsiaCT;

/// <summary>
/// How every message of the library quotes what a caller or a data package gave it: whole up to 80 characters, cut
/// beyond, with control characters and direction overrides written as escapes, so that input never makes a message grow with it nor
/// writes a NUL, an escape sequence or a direction override to the reader's terminal.
/// </summary>
internal static class Quoted
{
    public const int MaxLength = 80;

    /// <summary>The longest message: room for a few quoted inputs and the words around them.</summary>
    public const int MaxMessage = 600;

    /// <summary>A message whole up to <see cref="MaxMessage"/> characters, cut beyond (a list of many quoted inputs).</summary>
    public static string Message(string message) =>
        message.Length <= MaxMessage ? message : string.Concat(message.Substring(0, MaxMessage), $"… ({message.Length} characters)");

    /// <summary>The input, or its first 80 characters and its length; each control character or direction mark as <c>\uXXXX</c>.</summary>
    public static string Input(string input)
    {
        var shown = input.Length <= MaxLength ? input.Length : MaxLength;
        var plain = true;
        for (var i = 0; i < shown && plain; i++)
        {
            plain = !NeedsEscape(input[i]);
        }

        if (plain && shown == input.Length)
        {
            return input;
        }

        var text = new StringBuilder(shown + 32);
        for (var i = 0; i < shown; i++)
        {
            var c = input[i];
            if (NeedsEscape(c))
            {
                text.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                text.Append(c);
            }
        }

        if (shown < input.Length)
        {
            text.Append("… (").Append(input.Length.ToString(CultureInfo.InvariantCulture)).Append(" characters)");
        }

        return text.ToString();
    }

    // The joiners that Persian and emoji need stay; the direction marks and overrides, which can make a message read
    // backwards, do not.
    private static bool NeedsEscape(char c) =>
        CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.Control or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
        || c is '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');
}
