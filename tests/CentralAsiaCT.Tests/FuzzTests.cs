using CentralAsiaCT.Tests.Support;
using CentralAsiaCT.Validation;
using CsCheck;

namespace CentralAsiaCT.Tests;

/// <summary>
/// Random mutations of the real data package (bytes, rows and cells flipped, deleted or duplicated) never crash the
/// loader with anything but its documented report, and never yield an edition that fails <c>Validate()</c>.
/// </summary>
public sealed class FuzzTests
{
    // CI runs this many cases; set CENTRALASIACT_FUZZ_CASES to run more locally.
    private static readonly int Cases = int.TryParse(Environment.GetEnvironmentVariable("CENTRALASIACT_FUZZ_CASES"), out var n) ? n : 10_000;

    private static readonly string[] FileNames = new PackageBytes().Files.Keys.Order(StringComparer.Ordinal).ToArray();
    private static readonly HashSet<string> RuleIds = ValidationRules.All.Select(r => r.Id).Append("PKG000").ToHashSet();

    private static readonly Gen<(int File, int Kind, int At, int Length, byte Value)> Mutation =
        Gen.Select(Gen.Int[0, FileNames.Length - 1], Gen.Int[0, 7], Gen.Int[0, int.MaxValue], Gen.Int[1, 40], Gen.Byte);

    [Fact]
    public void Random_mutations_never_crash_and_never_load_an_unsound_edition()
    {
        Gen.Select(Mutation, Mutation, Gen.Bool).Sample(t =>
        {
            var (first, second, twice) = t;
            var package = new PackageBytes();
            Mutate(package, first);
            if (twice)
            {
                Mutate(package, second);
            }

            var report = CentralAsiaData.Read(package.AsFiles(), out var data);
            if (!report.Problems.All(p => RuleIds.Contains(p.RuleId)))
            {
                return false;
            }

            return data is null ? !report.IsValid : report.IsValid && data.Validate().IsValid;
        }, iter: Cases);
    }

    private static void Mutate(PackageBytes package, (int File, int Kind, int At, int Length, byte Value) m)
    {
        var name = FileNames[m.File];
        var bytes = package.Files[name];
        var at = bytes.Length == 0 ? 0 : m.At % bytes.Length;
        var length = Math.Min(m.Length, bytes.Length - at);
        switch (m.Kind)
        {
            case 0:
                if (bytes.Length > 0)
                {
                    bytes[at] ^= (byte)(1 << (m.Value % 8));
                }

                break;
            case 1:
                package.Files[name] = [.. bytes.Take(at), .. bytes.Skip(at + length)];
                break;
            case 2:
                package.Files[name] = [.. bytes.Take(at + length), .. bytes.Skip(at).Take(length), .. bytes.Skip(at + length)];
                break;
            case 3:
                package.Files[name] = [.. bytes.Take(at), m.Value, .. bytes.Skip(at)];
                break;
            default:
                MutateRows(package, name, m);
                break;
        }
    }

    private static void MutateRows(PackageBytes package, string name, (int File, int Kind, int At, int Length, byte Value) m)
    {
        var lines = package.Text(name).Split("\r\n").ToList();
        if (lines.Count < 2)
        {
            return;
        }

        var row = m.At % (lines.Count - 1);
        var cells = lines[row].Split(',');
        var cell = m.Length % cells.Length;
        switch (m.Kind)
        {
            case 4:
                lines.RemoveAt(row);
                break;
            case 5:
                lines.Insert(row, lines[row]);
                break;
            case 6:
                cells[cell] = string.Empty;
                lines[row] = string.Join(",", cells);
                break;
            default:
                var other = (cell + 1) % cells.Length;
                (cells[cell], cells[other]) = (cells[other], cells[cell]);
                lines[row] = string.Join(",", cells);
                break;
        }

        package.SetText(name, string.Join("\r\n", lines));
    }
}
