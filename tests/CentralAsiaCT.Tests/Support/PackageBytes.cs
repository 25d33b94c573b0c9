using System.Collections.Immutable;
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

    /// <summary>Whether <see cref="AsFiles"/> first brings the citations table in line with the fact rows (on unless a
    /// test breaks the citations themselves): a test that changes a fact's key means to break another rule, not CIT001.</summary>
    public bool KeepCitationsInLine { get; set; } = true;

    public IPackageFiles AsFiles()
    {
        if (KeepCitationsInLine)
        {
            Recite();
        }

        return Refused.Count == 0 ? new MemoryPackageFiles(Files) : new RefusingFiles(new MemoryPackageFiles(Files), Refused);
    }

    /// <summary>Rewrites citations.csv so that each source of each fact row has one quote: the quote it had where its
    /// row and source are unchanged, "(test fixture)" for a row a test added or changed.</summary>
    public PackageBytes Recite()
    {
        var (descriptor, tables) = PackageReader.Read(new MemoryPackageFiles(Files), new ProblemList(), new BrokenCells());
        if (descriptor is null || tables is null || !tables.TryGet("citations", out var citations))
        {
            return this;
        }

        var quotes = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < citations.Rows.Length; i++)
        {
            var c = citations.Rows[i];
            quotes[string.Join("\u001F", c.Take(4))] = c[4];
        }

        var known = tables.TryGet("sources", out var sources) ? sources.Rows.Select(r => r[0]).ToHashSet(StringComparer.Ordinal) : [];
        var rows = ImmutableArray.CreateBuilder<ImmutableArray<string>>();
        foreach (var resource in descriptor.Resources.Where(r => r.Name != "citations"))
        {
            if (!tables.TryGet(resource.Name, out var table))
            {
                continue;
            }

            foreach (var column in new[] { "source_ids", "claim_source_ids", "date_source_ids" }.Where(table.Columns.Contains))
            {
                var index = table.IndexOf(column);
                for (var i = 0; i < table.Rows.Length; i++)
                {
                    if (index >= table.Rows[i].Length || table.Rows[i][index].Length == 0 || table.Rows[i].Length != table.Columns.Length)
                    {
                        continue;
                    }

                    foreach (var source in table.Rows[i][index].Split(';').Select(s => s.Trim()).Distinct().Where(known.Contains))
                    {
                        var cells = ImmutableArray.Create(resource.Name, table.KeyOf(i), column, source);
                        rows.Add(cells.Add(quotes.TryGetValue(string.Join("\u001F", cells), out var quote) ? quote : "(test fixture)"));
                    }
                }
            }
        }

        using var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        CsvText.Write(text, citations.Columns, rows.ToImmutable());

        return SetText(descriptor.Resources.Single(r => r.Name == "citations").Path, text.ToString());
    }

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
            refused.TryGetValue(name, out var rule) ? throw new PackageFileRefusedException(rule, $"'{Quoted.Input(name)}' is refused") : files.Read(name, limit);
    }
}
