using System.IO;
using System.Text;
using CentralAsiaCT.Packaging;

namespace CentralAsiaCT.Tests.Support;

/// <summary>The files of <c>data/</c> in memory, to be broken on purpose and read back.</summary>
internal sealed class PackageBytes
{
    private static readonly Dictionary<string, byte[]> Published = Directory.GetFiles(Repository.Data)
        .ToDictionary(p => Path.GetFileName(p), File.ReadAllBytes);

    public Dictionary<string, byte[]> Files { get; } = Published.ToDictionary(p => p.Key, p => p.Value.ToArray());

    public IPackageFiles AsFiles() => new MemoryPackageFiles(Files);

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
}
