using System;
using System.Globalization;
#if NET8_0_OR_GREATER
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
#endif
using System.Text;

namespace CentralAsiaCT.Naming;

/// <summary>
/// Folds a name or code into the form under which lookups compare it: case and diacritics removed (so NFC and NFD input
/// fold alike), punctuation that people drop ("U.S.A.") removed, separators collapsed to one space, a leading article
/// ("the", "la", "l'") dropped. Culture-invariant by construction: it never consults the current culture, and it maps
/// the Turkish dotless and dotted i to a plain i. Writes into a caller's buffer, so folding allocates nothing.
/// </summary>
internal static partial class NameFolding
{
    /// <summary>No folded name or code is longer; longer input is simply not found.</summary>
    public const int MaxLength = 256;

    /// <summary>Folds <paramref name="input"/> into <paramref name="output"/>.</summary>
    /// <returns>The folded length, or -1 when the folded form, or a leading article that the fold drops, would be longer
    /// than <paramref name="output"/> (a buffer as long as the input holds both), or the input holds a control character
    /// other than whitespace (a NUL, an escape): such input names nothing.</returns>
    public static int Fold(ReadOnlySpan<char> input, Span<char> output)
    {
        var length = 0;
        var pendingSpace = false;
        var firstWord = true;
        var at = 0;
        while (at < input.Length)
        {
            var c = input[at];
            if (IsAsciiLetterOrDigit(c))
            {
                // A run of ASCII letters and digits (most codes, most of most names) is lower-cased in one tight loop that
                // reads and writes each character once. Char by char through the table, folding "l'OuzbekiStan" took 61 ns;
                // by runs measured first and then copied, 29 ns; in one pass, 21 ns ("OuzBÉKistan" 26 and 18 ns;
                // issue 34, FoldBenchmarks). Runs are not searched with SearchValues: its vectorised code compiled ten
                // methods on a first lookup, for names of a few letters. Eight at a time while eight fit, then one at a
                // time: "Atlantis" 11.9 -> 6.2 ns, "l'OuzbekiStan" 20.4 -> 16.4 (issue 34, seventh session). The pending
                // space is written in each of the three branches, not once before them: classifying every character
                // first, then writing it, was 4-15% slower on each of five names (same session, side by side).
                if (pendingSpace)
                {
                    if ((length = SpaceOrArticle(output, length, firstWord)) < 0)
                    {
                        return -1;
                    }

                    pendingSpace = firstWord = false;
                }

#if NET8_0_OR_GREATER
                while (Vector128.IsHardwareAccelerated && at + Vector128<ushort>.Count <= input.Length && length + Vector128<ushort>.Count <= output.Length)
                {
                    var eight = Vector128.Create<ushort>(MemoryMarshal.Cast<char, ushort>(input.Slice(at, Vector128<ushort>.Count)));
                    if (!Vector128.EqualsAll(LettersAndDigits(eight), Vector128<ushort>.AllBitsSet))
                    {
                        break;
                    }

                    (eight | Vector128.Create((ushort)0x20)).CopyTo(MemoryMarshal.Cast<char, ushort>(output.Slice(length, Vector128<ushort>.Count)));
                    at += Vector128<ushort>.Count;
                    length += Vector128<ushort>.Count;
                }
#endif
                while (at < input.Length && IsAsciiLetterOrDigit(c = input[at]))
                {
                    if (length >= output.Length)
                    {
                        return -1;
                    }

                    // Upper-case ASCII letters differ from lower-case ones by one bit; digits already have it.
                    output[length++] = (char)(c | 0x20);
                    at++;
                }

                continue;
            }

            // Other characters of the common blocks are answered by one table read; the rest are classified here, once.
            var entry = FoldTable.Lookup(c);
            if (entry < FoldTable.Refused)
            {
                // A run of letters of the table (every marker is above Refused): accented and Cyrillic letters, one table
                // read each. Each through the whole loop, "туркМенистан" folded in 27.0-28.7 ns, so in 20.7 (issue 34,
                // seventh session).
                if (pendingSpace)
                {
                    if ((length = SpaceOrArticle(output, length, firstWord)) < 0)
                    {
                        return -1;
                    }

                    pendingSpace = firstWord = false;
                }

                do
                {
                    if (length >= output.Length)
                    {
                        return -1;
                    }

                    output[length++] = entry;
                }
                while (++at < input.Length && (entry = FoldTable.Lookup(input[at])) < FoldTable.Refused);

                continue;
            }

            at++;
            var kind = entry switch
            {
                FoldTable.Separator => CharClass.Separator,
                FoldTable.Dropped => CharClass.Dropped,
                FoldTable.Refused => CharClass.Refused,
                FoldTable.Unknown => Classify(c),
                _ => CharClass.Kept,
            };
            if (kind == CharClass.Separator)
            {
                pendingSpace = length > 0;
                continue;
            }

            if (kind == CharClass.Dropped)
            {
                continue;
            }

            if (kind == CharClass.Refused)
            {
                return -1;
            }

            var folded = FoldChar(c, out var second);

            if (pendingSpace)
            {
                if ((length = SpaceOrArticle(output, length, firstWord)) < 0)
                {
                    return -1;
                }

                pendingSpace = firstWord = false;
            }

            if (length + (second == '\0' ? 1 : 2) > output.Length)
            {
                return -1;
            }

            output[length++] = folded;
            if (second != '\0')
            {
                output[length++] = second;
            }
        }

        return length;
    }

    /// <summary>Folds to a new string; for building indexes, not for lookups.</summary>
    public static string Fold(string input)
    {
        Span<char> buffer = input.Length <= MaxLength / 2 ? stackalloc char[MaxLength] : new char[input.Length * 2];
        var length = Fold(input.AsSpan(), buffer);
        return length < 0 ? string.Empty : buffer.Slice(0, length).ToString();
    }

    /// <summary>Writes the space a separator left pending before the next letter; after the first word, when that word is
    /// an article ("the", "le", "la", "les", "l'"), drops the article instead, so that "l'Ouzbékistan" folds as
    /// "Ouzbékistan" (a word on its own is kept: no space follows it).</summary>
    /// <returns>The folded length after it, or -1 when the space does not fit.</returns>
    private static int SpaceOrArticle(Span<char> output, int length, bool firstWord)
    {
        if (firstWord && IsArticle(output.Slice(0, length)))
        {
            return 0;
        }

        if (length >= output.Length)
        {
            return -1;
        }

        output[length] = ' ';
        return length + 1;
    }

    /// <summary>Whether the fold of <paramref name="input"/> is the input with its ASCII letters in lower case: one run
    /// of ASCII letters and digits, with no separator (so no article to drop) and nothing to drop or refuse.</summary>
    public static bool FoldsToLowerCase(ReadOnlySpan<char> input)
    {
#if NET8_0_OR_GREATER
        // Eight characters at a time, the last eight overlapping the ones before: one at a time, "Atlantis" took 3.1 ns
        // and "Kirghizistan" 4.6 ns, so 1.0 and 2.2 ns (issue 34, sixth session; every miss of letters and digits runs
        // it). Unsigned, a character below 'a' or '0' wraps round to a large number and is out of range.
        if (input.Length >= Vector128<ushort>.Count && Vector128.IsHardwareAccelerated)
        {
            var characters = MemoryMarshal.Cast<char, ushort>(input);
            var last = characters.Length - Vector128<ushort>.Count;
            for (var at = 0; ; at += Vector128<ushort>.Count)
            {
                var eight = Vector128.Create<ushort>(characters.Slice(at < last ? at : last, Vector128<ushort>.Count));
                if (!Vector128.EqualsAll(LettersAndDigits(eight), Vector128<ushort>.AllBitsSet))
                {
                    return false;
                }

                if (at >= last)
                {
                    return true;
                }
            }
        }
#endif
        foreach (var c in input)
        {
            if (!IsAsciiLetterOrDigit(c))
            {
                return false;
            }
        }

        return input.Length > 0;
    }

#if NET8_0_OR_GREATER
    // All bits set in the lanes of ASCII letters and digits. Unsigned, a character below 'a' or '0' wraps round to a
    // large number and is out of range.
    private static Vector128<ushort> LettersAndDigits(Vector128<ushort> eight)
    {
        var lower = eight | Vector128.Create((ushort)0x20);
        var letter = Vector128.LessThanOrEqual(lower - Vector128.Create((ushort)'a'), Vector128.Create((ushort)('z' - 'a')));
        var digit = Vector128.LessThanOrEqual(eight - Vector128.Create((ushort)'0'), Vector128.Create((ushort)9));
        return letter | digit;
    }
#endif

    private static bool IsArticle(ReadOnlySpan<char> word) => word is "the" or "le" or "la" or "les" or "l";

    private static bool IsAsciiLetterOrDigit(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a' || (uint)(c - '0') <= 9;

    private static CharClass Classify(char c)
    {
        // Letters and digits of ASCII are most input: answer them before any table or category lookup.
        if (c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9'))
        {
            return CharClass.Kept;
        }

        switch (c)
        {
            case '.' or ',' or '(' or ')' or '[' or ']' or '"' or '«' or '»' or '“' or '”' or '„' or ';' or ':' or '!' or '?':
                return CharClass.Dropped;
            case '-' or '‐' or '‑' or '‒' or '–' or '—' or '_' or '/' or '\'' or '’' or '‘' or 'ʼ' or '`' or '´':
                return CharClass.Separator;
            default:
                if (char.IsWhiteSpace(c))
                {
                    return CharClass.Separator;
                }

                // Tab and line breaks are whitespace above; every other control character (NUL, escape, the C1
                // controls) is refused, not dropped, so that "KZ\0" finds nothing rather than Kazakhstan.
                if (char.IsControl(c))
                {
                    return CharClass.Refused;
                }

                var category = CharUnicodeInfo.GetUnicodeCategory(c);
                return category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark
                    ? CharClass.Dropped
                    : CharClass.Kept;
        }
    }

    private static char FoldChar(char c, out char second)
    {
        second = '\0';
        if (c < 0x80)
        {
            return c is >= 'A' and <= 'Z' ? (char)(c + ('a' - 'A')) : c;
        }

        switch (c)
        {
            case 'ß':
                second = 's';
                return 's';
            case 'æ' or 'Æ':
                second = 'e';
                return 'a';
            case 'œ' or 'Œ':
                second = 'e';
                return 'o';
            case 'ı' or 'İ':
                return 'i';
            case 'ø' or 'Ø':
                return 'o';
            case 'đ' or 'Đ':
                return 'd';
            case 'ł' or 'Ł':
                return 'l';
        }

        // Precomposed Latin and Cyrillic letters fold to their base letter. Only FoldTable's construction gets here for
        // them (at lookup time they are read from the table), so the string made here is never made per lookup.
        return c is (>= '\u00C0' and <= '\u024F') or (>= '\u0400' and <= '\u04FF') or (>= '\u1E00' and <= '\u1EFF')
            ? char.ToLowerInvariant(c.ToString().Normalize(NormalizationForm.FormD)[0])
            : char.ToLowerInvariant(c);
    }

    private enum CharClass
    {
        Kept,
        Separator,
        Dropped,
        Refused,
    }

    // Built on first use, once, from Classify and FoldChar themselves (so the two paths cannot disagree): for every
    // character of Latin-1 to Cyrillic, of Latin Extended Additional and of General Punctuation, its folded letter or
    // what to do with it. Measured with FoldBenchmarks (issue 34): with the table "OuzBÉKistan" folds in 26 ns and
    // "туркМенистан" in 23 ns, with 0 B; classifying each character instead took 130 ns and 56 B, and 1,163 ns and 288 B
    // (a decomposed string for every accented or Cyrillic letter).
    private static class FoldTable
    {
        public const char Unknown = '\uFFFF';
        public const char Separator = '\uFFFE';
        public const char Dropped = '\uFFFD';
        public const char TwoLetters = '\uFFFC';
        public const char Refused = '\uFFFB';

        private const char MainFirst = '\u0080';
        private const char MainLast = '\u052F';
        private const char LatinAdditionalFirst = '\u1E00';
        private const char LatinAdditionalLast = '\u1EFF';
        private const char PunctuationFirst = '\u2000';
        private const char PunctuationLast = '\u206F';

        private static readonly char[] Main = Build(MainFirst, MainLast);
        private static readonly char[] LatinAdditional = Build(LatinAdditionalFirst, LatinAdditionalLast);
        private static readonly char[] Punctuation = Build(PunctuationFirst, PunctuationLast);

        public static char Lookup(char c) => c switch
        {
            >= MainFirst and <= MainLast => Main[c - MainFirst],
            >= LatinAdditionalFirst and <= LatinAdditionalLast => LatinAdditional[c - LatinAdditionalFirst],
            >= PunctuationFirst and <= PunctuationLast => Punctuation[c - PunctuationFirst],
            _ => Unknown,
        };

        private static char[] Build(char first, char last)
        {
            var table = new char[last - first + 1];
            for (var c = first; c <= last; c++)
            {
                var folded = FoldChar(c, out var second);
                table[c - first] = Classify(c) switch
                {
                    CharClass.Separator => Separator,
                    CharClass.Dropped => Dropped,
                    CharClass.Refused => Refused,
                    _ when second != '\0' => TwoLetters,
                    _ when folded is '\0' or >= Refused => Unknown,
                    _ => folded,
                };
            }

            return table;
        }
    }
}
