using System.IO;
using System.Text;
using CentralAsiaCT.Packaging;
using CentralAsiaCT.Validation;

namespace CentralAsiaCT.Tests.Support;

/// <summary>The files of <c>data/</c> in memory, to be broken on purpose and read back.</summary>
internal sealed class PackageBytes
{
    private static readonly Dictionary<string, byte[]> Published = Directory.GetFiles(Repository.Data)
        .ToDictionary(p => Path.GetFileName(p), File.ReadAllBytes);

    public Dictionary<string, byte[]> Files { get; } = Published.ToDictionary(p => p.Key, p => p.Value.ToArray());

    /// <summary>Files that exist but that the files' source refuses to read, with the rule it gives (a link leading
    /// outside a folder, an unreadable file): what a folder or an archive reports, reproduced in memory.</summary>
    public Dictionary<string, ValidationRule> Refused { get; } = [];

    public IPackageFiles AsFiles() => Refused.Count == 0 ? new MemoryPackageFiles(Files) : new RefusingFiles(new MemoryPackageFiles(Files), Refused);

    public PackageBytes Refuse(string file, ValidationRule rule)
    {
        Refused[file] = rule;
        return this;
    }

    public string Text(string file) => Encoding.UTF8.GetString(Files[file]);

    public PackageBytes SetText(string file, string text)
    {
        Files[file] = Encoding.UTF8.GetBytes(text);
        return this;
    }

    /// <summary>Replaces exactly one occurrence of <paramref name="old"/>, so that a test breaks what it means to break.</summary>
    public PackageBytes Replace(string file, string old, string replacement)
    {
        var text = Text(file);
        var at = text.IndexOf(old, StringComparison.Ordinal);
        if (at < 0 || text.IndexOf(old, at + 1, StringComparison.Ordinal) >= 0)
        {
            throw new InvalidOperationException($"'{old}' does not occur exactly once in {file}.");
        }

        return SetText(file, text.Remove(at, old.Length).Insert(at, replacement));
    }

    public PackageBytes AppendRow(string file, string row) => SetText(file, Text(file) + row + "\r\n");

    private sealed class RefusingFiles(IPackageFiles files, Dictionary<string, ValidationRule> refused) : IPackageFiles
    {
        public string Description => files.Description;

        public byte[]? Read(string name, long limit) =>
            refused.TryGetValue(name, out var rule) ? throw new PackageFileRefusedException(rule, $"'{name}' is refused") : files.Read(name, limit);
    }
}
