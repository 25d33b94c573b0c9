using System;

namespace CentralAsiaCT.Naming;

/// <summary>
/// The forms that published country lists print beside a name (ISO 3166-1, the World Bank, statistical tables),
/// rewritten into forms the data may hold: a trailing article in brackets ("Russian Federation (the)"), an inverted
/// form ("Russie, Fédération de", "Iran (Islamic Republic of)"), and the abbreviations of statistical tables
/// ("Iran, Islamic Rep."). The rewriting is tried only when the input as given names nothing, so a name spelled as in
/// the data never pays for it; each candidate is written into the caller's buffer, so it allocates nothing.
/// </summary>
internal static class PublishedForms
{
    /// <summary>At most this many candidates are written for one input (see <see cref="TryWrite"/>).</summary>
    public const int CandidateCount = 1 + (3 * 3);

    // The words a list puts between the qualifier and the head when it restores the natural order: none ("Fédération
    // de" + "Russie"), or the one the list dropped ("Islamic Rep." + "of" + "Iran").
    private static readonly string[] Connectives = ["", "of", "de"];

    // The abbreviations of statistical tables, each with its English and its French word. Both are tried; a rewriting
    // is taken only when every candidate that finds something finds the same entity (see NameIndex).
    private static readonly string[][] Abbreviations =
    [
        ["rep", "Republic", "République"],
        ["fed", "Federation", "Fédération"],
        ["dem", "Democratic", "démocratique"],
        ["is", "Islamic", "islamique"],
    ];

    private static readonly string[] BracketedArticles = ["the", "le", "la", "les", "l'", "l’"];

    /// <summary>Whether any rule may apply to input that names nothing as given: every rule needs a bracket, a comma or
    /// an abbreviation's full stop, and input longer than the longest folded key is not rewritten.</summary>
    public static bool MayApply(ReadOnlySpan<char> input) => input.Length <= NameFolding.MaxLength && input.IndexOfAny('(', ',', '.') >= 0;

    /// <summary>
    /// Writes rewriting number <paramref name="candidate"/> (0 to <see cref="CandidateCount"/> - 1) of
    /// <paramref name="input"/> into <paramref name="output"/>.
    /// </summary>
    /// <returns>The length written; 0 when that rewriting does not apply to this input; -1 when it does not fit.</returns>
    public static int TryWrite(ReadOnlySpan<char> input, int candidate, Span<char> output)
    {
        var trimmed = input.Trim();
        var core = WithoutBracketedArticle(trimmed);
        if (candidate == 0)
        {
            // The article rule alone ("Kazakhstan (le)"); the inverted forms below are built on what it leaves.
            return core.Length == trimmed.Length ? 0 : Copy(core, output);
        }

        var connective = (candidate - 1) / 3;
        var abbreviations = (candidate - 1) % 3; // 0: as written, 1: expanded in English, 2: in French
        ReadOnlySpan<char> head;
        ReadOnlySpan<char> qualifier;
        if (!TrySplitInverted(core, out head, out qualifier))
        {
            // Not inverted: only the abbreviations apply, once each ("Islamic Rep. of Iran").
            if (connective > 0 || abbreviations == 0 || !HasAbbreviation(core))
            {
                return 0;
            }

            return Expand(core, abbreviations, output);
        }

        if (abbreviations > 0 && !HasAbbreviation(qualifier) && !HasAbbreviation(head))
        {
            return 0;
        }

        var word = Connectives[connective];
        if (word.Length > 0 && EndsWithConnective(qualifier))
        {
            return 0;
        }

        // Qualifier, connective, head: "Islamic Rep." "of" "Iran", then the abbreviations expanded in place.
        Span<char> joined = stackalloc char[Math.Min(NameFolding.MaxLength, qualifier.Length + word.Length + head.Length + 2)];
        var length = 0;
        if (!Append(qualifier, joined, ref length) || (word.Length > 0 && !Append(word.AsSpan(), joined, ref length)) || !Append(head, joined, ref length))
        {
            return -1;
        }

        return abbreviations == 0 ? Copy(joined.Slice(0, length), output) : Expand(joined.Slice(0, length), abbreviations, output);
    }

    private static ReadOnlySpan<char> WithoutBracketedArticle(ReadOnlySpan<char> text)
    {
        if (text.Length < 4 || text[text.Length - 1] != ')')
        {
            return text;
        }

        var open = text.LastIndexOf('(');
        if (open < 1)
        {
            return text;
        }

        var inside = text.Slice(open + 1, text.Length - open - 2).Trim();
        foreach (var article in BracketedArticles)
        {
            if (inside.Equals(article.AsSpan(), StringComparison.OrdinalIgnoreCase))
            {
                return text.Slice(0, open).TrimEnd();
            }
        }

        return text;
    }

    // "X, Y" (one comma, no bracket after it) and "X (Y)" (one bracket, at the end) are the inverted forms; the head is X.
    private static bool TrySplitInverted(ReadOnlySpan<char> text, out ReadOnlySpan<char> head, out ReadOnlySpan<char> qualifier)
    {
        head = default;
        qualifier = default;
        var comma = text.IndexOf(',');
        if (comma > 0 && text.LastIndexOf(',') == comma && text.Slice(comma).IndexOf('(') < 0)
        {
            head = text.Slice(0, comma).Trim();
            qualifier = text.Slice(comma + 1).Trim();
        }
        else if (comma < 0 && text.Length > 3 && text[text.Length - 1] == ')')
        {
            var open = text.IndexOf('(');
            if (open < 1 || text.LastIndexOf('(') != open || text.IndexOf(')') != text.Length - 1)
            {
                return false;
            }

            head = text.Slice(0, open).Trim();
            qualifier = text.Slice(open + 1, text.Length - open - 2).Trim();
        }

        return head.Length > 0 && qualifier.Length > 0;
    }

    private static bool EndsWithConnective(ReadOnlySpan<char> qualifier) =>
        qualifier.EndsWith(" of".AsSpan(), StringComparison.OrdinalIgnoreCase)
        || qualifier.EndsWith(" de".AsSpan(), StringComparison.OrdinalIgnoreCase)
        || qualifier.EndsWith(" du".AsSpan(), StringComparison.OrdinalIgnoreCase)
        || qualifier.EndsWith(" d'".AsSpan(), StringComparison.OrdinalIgnoreCase)
        || qualifier.EndsWith(" d’".AsSpan(), StringComparison.OrdinalIgnoreCase);

    private static bool HasAbbreviation(ReadOnlySpan<char> text)
    {
        var rest = text;
        while (NextWord(ref rest, out var word))
        {
            if (AbbreviationOf(word) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    // The abbreviation a word is, by its row in Abbreviations: only a word that ends with a full stop counts.
    private static int AbbreviationOf(ReadOnlySpan<char> word)
    {
        if (word.Length < 3 || word.Length > 5 || word[word.Length - 1] != '.')
        {
            return -1;
        }

        Span<char> folded = stackalloc char[8];
        var length = NameFolding.Fold(word.Slice(0, word.Length - 1), folded);
        if (length <= 0)
        {
            return -1;
        }

        for (var i = 0; i < Abbreviations.Length; i++)
        {
            if (folded.Slice(0, length).SequenceEqual(Abbreviations[i][0].AsSpan()))
            {
                return i;
            }
        }

        return -1;
    }

    private static int Expand(ReadOnlySpan<char> text, int language, Span<char> output)
    {
        var length = 0;
        var rest = text;
        while (NextWord(ref rest, out var word))
        {
            var abbreviation = AbbreviationOf(word);
            if (!Append(abbreviation < 0 ? word : Abbreviations[abbreviation][language].AsSpan(), output, ref length))
            {
                return -1;
            }
        }

        return length;
    }

    private static bool NextWord(ref ReadOnlySpan<char> rest, out ReadOnlySpan<char> word)
    {
        rest = rest.TrimStart();
        var end = rest.IndexOf(' ');
        word = end < 0 ? rest : rest.Slice(0, end);
        rest = end < 0 ? default : rest.Slice(end + 1);
        return word.Length > 0;
    }

    // Appends a word, with a space before it unless it is the first.
    private static bool Append(ReadOnlySpan<char> word, Span<char> output, ref int length)
    {
        var needed = word.Length + (length > 0 ? 1 : 0);
        if (length + needed > output.Length)
        {
            return false;
        }

        if (length > 0)
        {
            output[length++] = ' ';
        }

        word.CopyTo(output.Slice(length));
        length += word.Length;
        return true;
    }

    private static int Copy(ReadOnlySpan<char> text, Span<char> output)
    {
        if (text.Length > output.Length)
        {
            return -1;
        }

        text.CopyTo(output);
        return text.Length;
    }
}
