#if NET8_0_OR_GREATER
using System;
using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace CentralAsiaCT.Naming;

// The folded keys probed with words of ASCII folded eight characters at a time, in registers (issue 34, eighth session).
internal static partial class CompiledNameKeys
{
    // The entry whose key is the fold of words (NameFolding.AsciiWordsStart: each character folds on its own, at least
    // eight of them), hashed and compared eight folded characters at a time, none written. The slots are walked as
    // Probe walks them, in a loop of its own: one walk for both would take the key's comparison as a type argument, and
    // netstandard2.0 has no generic that a span may be passed to.
    private static int ProbeAsciiWords(ReadOnlySpan<byte> table, ReadOnlySpan<char> words)
    {
        var characters = MemoryMarshal.Cast<char, ushort>(words);
        var first = NameFolding.FoldEight(Vector128.Create<ushort>(characters));
        var last = NameFolding.FoldEight(Vector128.Create<ushort>(characters.Slice(characters.Length - Vector128<ushort>.Count)));
        var length = words.Length;
        var mask = BinaryPrimitives.ReadInt32LittleEndian(table) - 1;
        var keys = table.Slice(4 + ((mask + 1) * SlotSize));
        for (var slot = (int)Hash(first.AsUInt64().ToScalar(), last.AsUInt64().GetElement(1), length) & mask; ; slot = (slot + 1) & mask)
        {
            var entry = table.Slice(4 + (slot * SlotSize), SlotSize);
            var found = BinaryPrimitives.ReadUInt16LittleEndian(entry.Slice(6));
            if (found == 0)
            {
                return NotAKey;
            }

            if (BinaryPrimitives.ReadUInt16LittleEndian(entry.Slice(4)) == length
                && SameWords(MemoryMarshal.Cast<byte, ushort>(keys.Slice(BinaryPrimitives.ReadInt32LittleEndian(entry), length * 2)), characters, first, last))
            {
                return found == AmbiguousMark ? Ambiguous : found - 1;
            }
        }
    }

    // Whether the stored key is the fold of the words, whose first and last eight characters are given folded.
    private static bool SameWords(ReadOnlySpan<ushort> key, ReadOnlySpan<ushort> words, Vector128<ushort> first, Vector128<ushort> last)
    {
        var lastAt = key.Length - Vector128<ushort>.Count;
        if (Vector128.Create<ushort>(key) != first || Vector128.Create<ushort>(key.Slice(lastAt)) != last)
        {
            return false;
        }

        for (var at = Vector128<ushort>.Count; at < lastAt; at += Vector128<ushort>.Count)
        {
            if (Vector128.Create<ushort>(key.Slice(at, Vector128<ushort>.Count)) != NameFolding.FoldEight(Vector128.Create<ushort>(words.Slice(at, Vector128<ushort>.Count))))
            {
                return false;
            }
        }

        return true;
    }
}
#endif
