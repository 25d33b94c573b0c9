using System;
using BenchmarkDotNet.Attributes;
using CentralAsiaCT.Naming;
using CentralAsiaCT.Packaging;

namespace CentralAsiaCT.Benchmarks;

/// <summary>
/// The hash that places every compiled name key (CompiledNameKeys.Hash): the four characters at each end in one read
/// each, against the same characters read one by one (the hash before issue 34's fifth session, kept here as the
/// baseline), and the lookup it starts (Find, on the states' compiled tables). What the two reads are measured by.
/// </summary>
public class KeyHashBenchmarks
{
    private readonly int _c = BuiltInPackage.NameKeysOf("state");

    [Params("Atlantis", "Kirghizistan", "OUZBÉKISTAN")]
    public string Input { get; set; } = string.Empty;

    [Benchmark(Baseline = true)]
    public uint OneByOne() => Old(Input.AsSpan(), '\0');

    [Benchmark]
    public uint TwoReads() => CompiledNameKeys.Hash(Input.AsSpan(), '\0');

    [Benchmark]
    public int Find() => CompiledNameKeys.Find(BuiltInPackage.Spellings(_c), BuiltInPackage.NameKeys(_c), Input.AsSpan());

    // The hash as it was: each character of the two ends read and shifted in one by one.
    private static uint Old(ReadOnlySpan<char> key, char caseBit)
    {
        ulong head = 0;
        ulong tail = 0;
        var edge = key.Length < 4 ? key.Length : 4;
        for (var i = 0; i < edge; i++)
        {
            head = (head << 16) | (uint)(key[i] | caseBit);
            tail = (tail << 16) | (uint)(key[key.Length - edge + i] | caseBit);
        }

        var hash = ((head * 0x9E3779B97F4A7C15UL) ^ tail ^ (ulong)key.Length) * 0xC2B2AE3D27D4EB4FUL;
        return (uint)(hash >> 32) ^ (uint)hash;
    }
}
