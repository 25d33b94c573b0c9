#if NET8_0_OR_GREATER
using System;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace CentralAsiaCT.Naming;

// Words of ASCII letters and digits with one space, apostrophe or hyphen between them: each character folds on its own,
// eight at a time, and the compiled keys are probed with them unwritten (issue 34, eighth session).
internal static partial class NameFolding
{
    /// <summary>Where the fold of <paramref name="input"/> begins (past a leading article it drops, or 0) when the input
    /// is 8 to 64 characters of words of ASCII letters and digits, each separated from the next by one space, apostrophe
    /// or hyphen, and at least eight characters are left past the article: from there on, the fold is each character
    /// folded on its own (<see cref="FoldEight"/>). -1 for any other input, which the fold reads character by character.</summary>
    public static int AsciiWordsStart(ReadOnlySpan<char> input)
    {
        if (!Vector128.IsHardwareAccelerated || input.Length < Vector128<ushort>.Count || input.Length > 64)
        {
            return -1;
        }

        // At most 64, so that where the separators lie fits in one 64-bit mask; longer names are folded as before.
        var characters = MemoryMarshal.Cast<char, ushort>(input);
        var last = characters.Length - Vector128<ushort>.Count;
        var separators = 0UL;
        for (var at = 0; ; at += Vector128<ushort>.Count)
        {
            // The last eight overlap the ones before them, so that no character is read one at a time.
            var from = at < last ? at : last;
            var eight = Vector128.Create<ushort>(characters.Slice(from, Vector128<ushort>.Count));
            var separator = Separators(eight);
            if (!Vector128.EqualsAll(LettersAndDigits(eight) | separator, Vector128<ushort>.AllBitsSet))
            {
                return -1;
            }

            separators |= (ulong)separator.ExtractMostSignificantBits() << from;
            if (from == last)
            {
                break;
            }
        }

        // A separator at either end, or two in a row, is dropped or collapsed by the fold: left to it.
        if ((separators & ((separators >> 1) | 1UL | (1UL << (input.Length - 1)))) != 0)
        {
            return -1;
        }

        // Articles have three letters at most: a longer first word is not read.
        var start = 0;
        var firstWord = separators == 0 ? input.Length : BitOperations.TrailingZeroCount(separators);
        if (firstWord <= 3)
        {
            // The first four characters folded, read as characters where they lie in a register's low 8 bytes (so on a
            // little-endian processor, as the compiled keys' callers check): through a stackalloc buffer, this question
            // took 8.4 ns on "l'OuzbekiStan", so 5.6 (issue 34, eighth session).
            var firstFour = FoldEight(Vector128.Create<ushort>(characters)).AsUInt64().ToScalar();
            var folded = MemoryMarshal.Cast<ulong, char>(MemoryMarshal.CreateReadOnlySpan(ref firstFour, 1));
            start = IsArticle(folded.Slice(0, firstWord)) ? firstWord + 1 : 0;
        }

        return input.Length - start >= Vector128<ushort>.Count ? start : -1;
    }

    /// <summary>Eight characters of such words folded: letters in lower case, digits as they are, separators spaces.</summary>
    public static Vector128<ushort> FoldEight(Vector128<ushort> eight) =>
        Vector128.ConditionalSelect(Separators(eight), Vector128.Create((ushort)' '), eight | Vector128.Create((ushort)0x20));

    // All bits set in the lanes of the separators that such words are read with: space, apostrophe, hyphen.
    private static Vector128<ushort> Separators(Vector128<ushort> eight) =>
        Vector128.Equals(eight, Vector128.Create((ushort)' '))
        | Vector128.Equals(eight, Vector128.Create((ushort)'\''))
        | Vector128.Equals(eight, Vector128.Create((ushort)'-'));
}
#endif
