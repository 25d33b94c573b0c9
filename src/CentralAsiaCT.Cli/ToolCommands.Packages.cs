using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using CentralAsiaCT.Reporting;

namespace CentralAsiaCT.Cli;

// The commands on data packages as files: export, diff and validate.
internal sealed partial class ToolCommands
{
    private Command Export()
    {
        var format = new Option<string>("--format", "-f")
        {
            Description = "csv (the Frictionless data package), views (flat tables for R, pandas, spreadsheets), json (one document), md, html, or svg (the timeline picture).",
            Required = true,
        };
        format.AcceptOnlyFromAmong("csv", "views", "json", "md", "html", "svg");
        var folder = new Option<DirectoryInfo>("--out", "-o") { Description = "The folder to write into (created if missing).", Required = true };
        var command = new Command("export", "Writes the data set for R, pandas, a spreadsheet or a web page.") { format, folder };
        command.SetAction(parsed =>
        {
            // D19: a folder problem is said as one ("is a file", "cannot be created"), not as a missing file.
            var target = parsed.GetValue(folder)!;
            if (File.Exists(target.FullName))
            {
                _error.WriteLine($"centralasia-ct: --out \"{Quote(target.FullName)}\" is a file: give a folder (created if missing).");
                return BadInput;
            }

            try
            {
                Directory.CreateDirectory(target.FullName);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
            {
                _error.WriteLine($"centralasia-ct: the folder \"{Quote(target.FullName)}\" cannot be created: {FirstLine(e.Message)}");
                return BadInput;
            }

            var written = _data.Export(target.FullName, parsed.GetValue(format) switch
            {
                "csv" => ExportFormat.DataPackage,
                "views" => ExportFormat.Views,
                "json" => ExportFormat.Json,
                "md" => ExportFormat.Markdown,
                "html" => ExportFormat.Html,
                _ => ExportFormat.TimelineSvg,
            });
            foreach (var path in written)
            {
                _output.WriteLine(path);
            }

            return Found;
        });
        return command;
    }

    private Command Diff()
    {
        var older = new Argument<string>("older") { Description = "The older data package: a folder (with datapackage.json) or a .zip of one, of any data version." };
        var newer = new Argument<string?>("newer") { Description = "The newer data package (default: the edition this tool carries).", Arity = ArgumentArity.ZeroOrOne };
        var changelog = new Option<bool>("--changelog") { Description = "Print the data section of a changelog (counts by table, each fact removed or changed) instead of every change." };
        var command = new Command("diff", "What changed, fact by fact, from an older edition of the data set to a newer one: facts added, removed, and each changed field with its old and new value and the sources of each.") { older, newer, changelog };
        command.SetAction(parsed =>
        {
            var olderPath = parsed.GetValue(older)!;
            var newerPath = parsed.GetValue(newer);
            foreach (var path in new[] { olderPath, newerPath }.OfType<string>())
            {
                if (!Directory.Exists(path) && !File.Exists(path))
                {
                    _error.WriteLine($"No folder or file \"{Quote(path)}\".");
                    return BadInput;
                }
            }

            Editions.EditionChanges changes;
            try
            {
                changes = newerPath is null ? _data.ChangesSince(olderPath) : Editions.EditionChanges.Between(olderPath, newerPath);
            }
            catch (Validation.DataPackageException e)
            {
                // D11: the reasons, not only the count of them (each problem already quotes at most 80 characters).
                var errors = e.Problems.Where(p => p.Severity == Validation.Severity.Error).ToList();
                var reasons = string.Join("; ", errors.Take(3).Select(p => p.ToString()));
                var more = errors.Count > 3 ? $"; and {errors.Count - 3} more (centralasia-ct validate lists them)" : string.Empty;
                _error.WriteLine($"\"{Quote(olderPath)}\" cannot be compared: {reasons}{more}");
                return BadInput;
            }
            catch (ArgumentException e)
            {
                _error.WriteLine(e.Message);
                return BadInput;
            }

            // N12: a package of this data version that breaks a rule is compared all the same, but not silently.
            WarnIfInvalid(olderPath, changes.OlderVersion);
            if (newerPath is not null)
            {
                WarnIfInvalid(newerPath, changes.NewerVersion);
            }

            if (parsed.GetValue(changelog))
            {
                _output.Write(changes.ToChangelog());
                return Found;
            }

            if (changes.Changes.IsEmpty)
            {
                _output.WriteLine($"No change from {changes.OlderVersion} to {changes.NewerVersion}.");
                return Found;
            }

            // N13: for people, the counts by table come first, so that a long list starts with what it holds.
            if (parsed.GetValue(_format) == "table")
            {
                TextTable.Write(changes.SummaryTable(), _output, parsed.GetValue(_wide) ? null : _width);
                _output.WriteLine();
            }

            return Write(parsed, changes.ToTable());
        });
        return command;
    }

    // Only a package of this tool's major data version can be held to its rules; an older one is compared as it is.
    private void WarnIfInvalid(string path, string version)
    {
        if (version.Split('.')[0] != _data.Version.Split('.')[0])
        {
            return;
        }

        Validation.ValidationReport report;
        if (Directory.Exists(path))
        {
            report = CentralAsiaData.ValidatePackage(path);
        }
        else
        {
            using var zip = File.OpenRead(path);
            report = CentralAsiaData.ValidatePackage(zip);
        }

        // An older minor edition lacks the tables and columns added since (PKG003): that is its shape, not a fault.
        var errors = report.Errors.Where(p => p.RuleId != Validation.ValidationRules.DescriptorShape.Id).ToList();
        if (errors.Count > 0)
        {
            _error.WriteLine($"warning: \"{Quote(path)}\" ({version}) has {Count(errors.Count, "error")}, first {errors[0]}; "
                + $"'centralasia-ct validate {Quote(path)}' lists them.");
        }
    }

    private Command Validate()
    {
        var package = new Argument<string>("package") { Description = "A data package folder (with datapackage.json) or a .zip of one." };
        var command = new Command("validate", "Checks a data package against every rule of the data set; exit code 0 when valid, 1 when not.") { package };
        command.SetAction(parsed =>
        {
            var path = parsed.GetValue(package)!;
            Validation.ValidationReport report;
            if (Directory.Exists(path))
            {
                report = CentralAsiaData.ValidatePackage(path);
            }
            else if (File.Exists(path))
            {
                using var zip = File.OpenRead(path);
                report = CentralAsiaData.ValidatePackage(zip);
            }
            else
            {
                _error.WriteLine($"No folder or file \"{Quote(path)}\".");
                return BadInput;
            }

            // Input that is no package at all (a file that is not a zip archive, a folder that cannot be read) is bad
            // input, not an invalid package: one line, and exit code 2.
            if (report.Problems.FirstOrDefault(p => p.RuleId == Validation.ValidationRules.NotAPackage.Id) is { } unusable)
            {
                var hint = Path.GetFileName(path) is var name && (name.Equals("datapackage.json", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
                    ? $"; give the folder that holds datapackage.json ({Quote(Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".")}), or a .zip of it"
                    : string.Empty;
                _error.WriteLine($"\"{Quote(path)}\" is not a data package: {FirstLine(unusable.Message)}{hint}.");
                return BadInput;
            }

            // D7: the report is the command's output, errors included, so that `validate x > report.txt` keeps all of it
            // in order; standard error is for the tool's own failures and bad input.
            foreach (var problem in report.InReportOrder)
            {
                WriteLines(problem.ToString());
            }

            var notices = report.Notices.IsEmpty ? string.Empty : $", {Count(report.Notices.Length, "notice")} of what could not be checked";
            _output.WriteLine(report.IsValid ? $"valid ({Count(report.Warnings.Length, "warning")}{notices})" : $"invalid: {Count(report.Errors.Length, "error")}, {Count(report.Warnings.Length, "warning")}{notices}");
            return report.IsValid ? Found : NothingFound;
        });
        return command;
    }
}
