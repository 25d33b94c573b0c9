using System.Collections.Generic;

namespace CentralAsiaCT.Packaging;

/// <summary>A data package held in memory, file name to bytes.</summary>
internal sealed class MemoryPackageFiles(IReadOnlyDictionary<string, byte[]> files) : IPackageFiles
{
    public string Description => "in memory";

    public byte[]? Read(string name, long limit) => files.TryGetValue(name, out var bytes) ? bytes : null;
}
