using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using CentralAsiaCT.Validation;

namespace CentralAsiaCT.Cli;

// What the tool answers from and what it was asked: an edition given with --package, a command it does not know.
internal sealed partial class ToolCommands
{
    // Words users reach for that are other commands' business (N9: "timeline", "report").
    private static readonly Dictionary<string, string> Synonyms = new(StringComparer.OrdinalIgnoreCase)
    {
        ["timeline"] = "events",
        ["report"] = "export --format html",
        ["stats"] = "states",
        ["members-of"] = "members",
        ["check"] = "validate",
        ["compare"] = "diff",
        ["search"] = "find",
    };

    /// <summary>The line that answers an unknown command: the nearest commands, or the command for what it names.</summary>
    private static string Suggestion(string given, IEnumerable<string> commands)
    {
        var shown = Quote(given);
        if (Synonyms.TryGetValue(given, out var other))
        {
            return $"Unknown command '{shown}'; did you mean '{other}'?";
        }

        var near = commands.Select(c => (Command: c, Distance: Distance(given.ToLowerInvariant(), c))).Where(c => c.Distance <= 2)
            .OrderBy(c => c.Distance).ThenBy(c => c.Command, StringComparer.Ordinal).Select(c => $"'{c.Command}'").ToList();
        return near.Count == 0 ? $"Unknown command '{shown}'." : $"Unknown command '{shown}'; did you mean {string.Join(" or ", near)}?";
    }

    // Optimal string alignment distance (insertions, deletions, substitutions, adjacent transpositions): "staets" is
    // one from "states". Commands are short, so the table is small.
    private static int Distance(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 2 || a.Length > 64)
        {
            return int.MaxValue;
        }

        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }

    /// <summary>Says that an empty argument names nothing: bad input (N10), not a name that was looked for.</summary>
    private bool IsBlank(string text, string what)
    {
        if (!string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        _error.WriteLine($"Give {what}: an empty text names nothing.");
        return true;
    }

    /// <summary>Runs the same command line against the edition of <paramref name="path"/>, a folder or a .zip.</summary>
    private int FromPackage(string path, string[] args)
    {
        CentralAsiaData edition;
        try
        {
            if (Directory.Exists(path))
            {
                edition = CentralAsiaData.Load(path);
            }
            else if (File.Exists(path))
            {
                using var zip = File.OpenRead(path);
                edition = CentralAsiaData.Load(zip);
            }
            else
            {
                _error.WriteLine($"--package: no folder or file \"{Quote(path)}\".");
                return BadInput;
            }
        }
        catch (DataPackageException e)
        {
            var errors = e.Problems.Where(p => p.Severity == Severity.Error).ToList();
            var more = errors.Count > 3 ? $"; and {errors.Count - 3} more (centralasia-ct validate lists them)" : string.Empty;
            _error.WriteLine($"--package: \"{Quote(path)}\" cannot be read: {string.Join("; ", errors.Take(3))}{more}");
            return BadInput;
        }

        return new ToolCommands(edition, _output, _error, _width, fromPackage: true).Run(args);
    }
}
