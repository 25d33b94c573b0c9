using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace CentralAsiaCT.Naming;

/// <summary>
/// The names and codes of one collection of the built-in edition, compiled with its tables by the DataCompiler: as the
/// data writes them, and folded. A lookup probes the first with its input as given, then the second with its input
/// folded (ASCII letters and digits with their case bit set as they are read: that is their fold), without reading any
/// name or source or building an index (issue 34: the first lookup by name allocated 470 KB, most of it the states'
/// names, their sources and the index built from them).
/// </summary>
/// <remarks>
/// Both tables have one layout, little-endian: the number of slots (a power of two, at least twice the keys); then each slot in 8 bytes,
/// the offset of its key in the key area (4 bytes), the key's length in characters (2) and what the key finds (2: 0 for
/// an empty slot, the position of the entity in the collection plus one, or <see cref="AmbiguousMark"/> for a key that
/// names several entities equally well); then the key area, every key in UTF-16. A key is placed by
/// <see cref="Hash(ReadOnlySpan{char}, char)"/>, at the first empty slot from there on.
/// </remarks>
internal static partial class CompiledNameKeys
{
    /// <summary>What <see cref="Find"/> returns when the folded input is no key of the collection.</summary>
    public const int NotAKey = -1;

    /// <summary>What <see cref="Find"/> returns when the key names several entities: the index says which, for the message.</summary>
    public const int Ambiguous = -2;

    /// <summary>What <see cref="Find"/> returns when the folded input is no key of the collection but a published list's
    /// form of it may be one (<see cref="PublishedForms"/>): the name index answers it.</summary>
    public const int MayBeRewritten = -3;

    private const ushort AmbiguousMark = ushort.MaxValue;
    private const int SlotSize = 8;

    // The bit that ASCII upper-case letters lack: set, it lower-cases them, and digits already have it.
    private const char LowerCaseBit = (char)0x20;

    // No bit set: the characters as they are.
    private const char AsWritten = '\0';

    /// <summary>The position in its collection of the entity that <paramref name="input"/> names, as the data writes it
    /// (<paramref name="spellings"/>) or folded (<paramref name="keys"/>); <see cref="NotAKey"/>, <see cref="Ambiguous"/>
    /// or <see cref="MayBeRewritten"/> otherwise.</summary>
    // Never inlined, so that the JIT compiles it on its own budget: inlined into a caller that had spent its own (a
    // benchmark reading data.States and calling TryGet), the hash, the slices and the reads of Probe were left as calls,
    // and a miss ("Atlantis") took 21.2 ns against 13.7 ns so; "Kirghizistan" 12.7-13.4 against 13.7 (issue 34, sixth
    // session; the disassembly is BenchmarkDotNet's --disasm).
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static int Find(ReadOnlySpan<byte> spellings, ReadOnlySpan<byte> keys, ReadOnlySpan<char> input)
    {
        // A name as written is found without folding: through the fold, a warm lookup of "Kirghizistan" took 29.5 ns, by
        // its spelling 11.8 ns (issue 34, LookupBenchmarks; the spellings are about 200 KB of the assembly's tables).
        var spelled = Probe(spellings, input, AsWritten);
        if (spelled >= 0)
        {
            return spelled;
        }

        // Input whose fold is itself in lower case (ASCII letters and digits alone) is probed in the folded keys with the
        // case bit set as it is read, not folded. A miss ("Atlantis") took 29.4 ns through the fold, 20.7 ns so. Probed
        // before the spellings, a miss took 14.4 ns but "Kirghizistan" 18.6 (issue 34, LookupBenchmarks): names as
        // written come first. No published list's form applies to such input, so its miss is final: the caller's
        // question whether one may apply took 2.7 ns on "Atlantis" (issue 34, sixth session).
        if (NameFolding.FoldsToLowerCase(input))
        {
            return input.Length <= NameFolding.MaxLength ? Probe(keys, input, LowerCaseBit) : NotAKey;
        }

        var found = FindFolded(keys, input);
        return found == NotAKey && PublishedForms.MayApply(input) ? MayBeRewritten : found;
    }

    /// <summary>The position in its collection of the entity that <paramref name="input"/>, folded, names;
    /// <see cref="NotAKey"/> or <see cref="Ambiguous"/> otherwise.</summary>
    public static int FindFolded(ReadOnlySpan<byte> keys, ReadOnlySpan<char> input)
    {
#if NET8_0_OR_GREATER
        // Words of ASCII one separator apart (most names typed without their accents) fold character by character, so
        // they are folded eight at a time as the keys are hashed and compared, and never written: a warm lookup of
        // "l'OuzbekiStan" took 33.5 ns through the fold into the buffer below, 26.2-27.3 ns so, and this method found
        // "The Kyrgyz Republic" in 16.9 ns where the fold alone took 25.3. Other input pays 1.6 ns for the question
        // (issue 34, eighth session; LookupBenchmarks and the parts side by side).
        var start = BitConverter.IsLittleEndian ? NameFolding.AsciiWordsStart(input) : -1;
        if (start >= 0)
        {
            return ProbeAsciiWords(keys, input.Slice(start));
        }

#endif
        // Sized to the input (folding at most doubles it: "ß" is "ss"): a buffer of the longest key, cleared on every
        // call, cost a warm lookup 1-2.5 ns more (by code 20.0 against 18.1 ns; issue 34, LookupBenchmarks).
        Span<char> buffer = stackalloc char[input.Length < NameFolding.MaxLength / 2 ? input.Length * 2 : NameFolding.MaxLength];
        var length = NameFolding.Fold(input, buffer);
        if (length <= 0)
        {
            return NotAKey;
        }

        return Probe(keys, buffer.Slice(0, length), AsWritten);
    }

    // The entry of the table whose key is key, each of its characters read with the bits of caseBit set (LowerCaseBit
    // lower-cases ASCII letters, and leaves digits as they are).
    private static int Probe(ReadOnlySpan<byte> table, ReadOnlySpan<char> key, char caseBit)
    {
        var length = key.Length;
        var mask = BinaryPrimitives.ReadInt32LittleEndian(table) - 1;
        var keys = table.Slice(4 + ((mask + 1) * SlotSize));
        for (var slot = (int)Hash(key, caseBit) & mask; ; slot = (slot + 1) & mask)
        {
            var entry = table.Slice(4 + (slot * SlotSize), SlotSize);
            var found = BinaryPrimitives.ReadUInt16LittleEndian(entry.Slice(6));
            if (found == 0)
            {
                return NotAKey;
            }

            if (BinaryPrimitives.ReadUInt16LittleEndian(entry.Slice(4)) == length
                && SameKey(keys.Slice(BinaryPrimitives.ReadInt32LittleEndian(entry), length * 2), key, caseBit))
            {
                return found == AmbiguousMark ? Ambiguous : found - 1;
            }
        }
    }

    /// <summary>The compiled form of <paramref name="keys"/> (each key, folded or as written, with the position of the
    /// entity it finds, or -1 when it names several): what the DataCompiler writes.</summary>
    public static byte[] Compile(IReadOnlyList<KeyValuePair<string, int>> keys)
    {
        var slots = 4;
        while (slots < keys.Count * 2)
        {
            slots *= 2;
        }

        var keyBytes = 0;
        foreach (var pair in keys)
        {
            keyBytes += pair.Key.Length * 2;
        }

        var table = new byte[4 + (slots * SlotSize) + keyBytes];
        BinaryPrimitives.WriteInt32LittleEndian(table, slots);
        var keyArea = 4 + (slots * SlotSize);
        var offset = 0;
        foreach (var pair in keys)
        {
            if (pair.Key.Length is 0 or > NameFolding.MaxLength || pair.Value >= AmbiguousMark - 1)
            {
                throw new ArgumentException($"The key '{pair.Key}' (entity {pair.Value}) cannot be compiled.", nameof(keys));
            }

            var slot = (int)Hash(pair.Key.AsSpan(), AsWritten) & (slots - 1);
            while (BinaryPrimitives.ReadUInt16LittleEndian(table.AsSpan(4 + (slot * SlotSize) + 6)) != 0)
            {
                slot = (slot + 1) & (slots - 1);
            }

            var entry = table.AsSpan(4 + (slot * SlotSize), SlotSize);
            BinaryPrimitives.WriteInt32LittleEndian(entry, offset);
            BinaryPrimitives.WriteUInt16LittleEndian(entry.Slice(4), (ushort)pair.Key.Length);
            BinaryPrimitives.WriteUInt16LittleEndian(entry.Slice(6), pair.Value < 0 ? AmbiguousMark : (ushort)(pair.Value + 1));
            foreach (var c in pair.Key)
            {
                BinaryPrimitives.WriteUInt16LittleEndian(table.AsSpan(keyArea + offset), c);
                offset += 2;
            }
        }

        return table;
    }

    /// <summary>The key's length and its first and last four characters, mixed: as FrozenDictionary hashes a slice of
    /// its keys, so that hashing costs the same for any length (1.1 ns). With FNV-1a over every character, two at a time,
    /// a warm lookup of "Kirghizistan" through the fold took 38.8 ns; with this hash, the fold in one pass and its buffer
    /// sized, 29.5 ns (issue 34, LookupBenchmarks). Keys that share all three only probe further.
    /// Not <c>string.GetHashCode</c>: that one differs from process to process, and the DataCompiler places each key
    /// where every process will look for it. Each character is read with the bits of <paramref name="caseBit"/> set, so
    /// that ASCII letters in any case hash as their fold does.</summary>
    internal static uint Hash(ReadOnlySpan<char> key, char caseBit)
    {
        if (key.Length >= 4)
        {
            // The four characters at each end in one read each: read one by one, the hash took 3.6-5.5 ns, so
            // 1.0-2.0 (issue 34, KeyHashBenchmarks; a lookup pays it once for a name as written, twice for a miss).
            var bytes = MemoryMarshal.AsBytes(key);
            var bits = caseBit * 0x0001_0001_0001_0001UL;
            var last = bytes.Slice(bytes.Length - 8);
            return Hash(BinaryPrimitives.ReadUInt64LittleEndian(bytes) | bits, BinaryPrimitives.ReadUInt64LittleEndian(last) | bits, key.Length);
        }

        ulong head = 0;
        for (var i = 0; i < key.Length; i++)
        {
            head = (head << 16) | (uint)(key[i] | caseBit);
        }

        return Mixed(head, head, key.Length);
    }

    /// <summary>The hash of a key of four characters or more, of <paramref name="length"/> characters, from its first
    /// and its last four characters, each as a little-endian read of their 8 bytes gives them.</summary>
    internal static uint Hash(ulong firstFour, ulong lastFour, int length) =>
        // Reversed, so that the last characters sit in the low bits, which the multiplication carries into every bit:
        // read as they lie, the last two of "A/RES/60/288" never reached a slot, and a review's keys walked 3.4-4.4
        // slots, not 1.2.
        Mixed(BinaryPrimitives.ReverseEndianness(firstFour), BinaryPrimitives.ReverseEndianness(lastFour), length);

    private static uint Mixed(ulong head, ulong tail, int length)
    {
        var hash = ((head * 0x9E3779B97F4A7C15UL) ^ tail ^ (ulong)length) * 0xC2B2AE3D27D4EB4FUL;
        return (uint)(hash >> 32) ^ (uint)hash;
    }

    private static bool SameKey(ReadOnlySpan<byte> stored, ReadOnlySpan<char> key, char caseBit)
    {
        if (!BitConverter.IsLittleEndian)
        {
            return SameKeyByCharacter(stored, key, caseBit);
        }

        var chars = MemoryMarshal.Cast<byte, char>(stored);
        if (caseBit == AsWritten)
        {
            return chars.SequenceEqual(key);
        }

        // A folded key's letters are in lower case, so each of the input's takes the case bit.
        for (var i = 0; i < key.Length; i++)
        {
            if (chars[i] != (key[i] | caseBit))
            {
                return false;
            }
        }

        return true;
    }

    private static bool SameKeyByCharacter(ReadOnlySpan<byte> stored, ReadOnlySpan<char> key, char caseBit)
    {
        for (var i = 0; i < key.Length; i++)
        {
            if (BinaryPrimitives.ReadUInt16LittleEndian(stored.Slice(i * 2)) != (key[i] | caseBit))
            {
                return false;
            }
        }

        return true;
    }
}
