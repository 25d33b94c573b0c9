using System;

namespace CentralAsiaCT.Naming;

/// <summary>Reads a pillar number as people write it: <c>2</c>, <c>II</c>, <c>pillar 2</c>, <c>Pillar II</c>, <c>pilier III</c>.</summary>
internal static class PillarNumberText
{
    private static readonly string[] Words = ["pillar ", "pilier ", "pillar", "pilier"];

    public static bool TryParse(ReadOnlySpan<char> input, out PillarNumber number)
    {
        number = default;
        Span<char> buffer = stackalloc char[32];
        var length = NameFolding.Fold(input, buffer);
        if (length <= 0)
        {
            return false;
        }

        ReadOnlySpan<char> text = buffer.Slice(0, length);
        foreach (var word in Words)
        {
            if (text.StartsWith(word.AsSpan()))
            {
                text = text.Slice(word.Length);
                break;
            }
        }

        number = text switch
        {
            "1" or "i" => PillarNumber.I,
            "2" or "ii" => PillarNumber.II,
            "3" or "iii" => PillarNumber.III,
            "4" or "iv" => PillarNumber.IV,
            _ => default,
        };
        return number != default;
    }
}
