using System.Collections.Immutable;
using System.IO;
using CentralAsiaCT.Packaging;
using CentralAsiaCT.Tests.Support;
using CentralAsiaCT.Validation;
using CsCheck;

namespace CentralAsiaCT.Tests;

/// <summary>
/// RFC 4180 quoting as the package reader holds it. Sep, the net10.0 reader, is lenient where the RFC is not (an unclosed
/// quote runs to the end of the file; "a"b reads as ab): each of these was read as data before the reader checked its
/// cells, and each must be CSV001 with the row it is on.
/// </summary>
public sealed class CsvQuotingTests
{
    public static TheoryData<string, string> BrokenQuotes() => new()
    {
        { "ALMATY,\"KAZ", "a quote opened at the end of the file and never closed" },
        { "ALMATY,\"KAZ\"Z,S-CTITF-ALMATY,A", "text after a closing quote" },
        { "ALMATY,KA\"Z,S-CTITF-ALMATY,A", "a quote inside an unquoted field" },
        { "ALMATY,\"KA\"Z\",S-CTITF-ALMATY,A", "a lone quote inside a quoted field" },
    };

    [Theory]
    [MemberData(nameof(BrokenQuotes))]
    public void A_quote_that_breaks_RFC_4180_is_CSV001_on_its_row(string row, string why)
    {
        var report = CentralAsiaData.Read(new PackageBytes().AppendRow("places.csv", row).AsFiles(), out var data);

        data.Should().BeNull(why);
        var problem = report.Problems.Should().ContainSingle(p => p.Severity == Severity.Error, why).Which;
        problem.RuleId.Should().Be("CSV001", why);
        problem.File.Should().Be("places.csv");
        problem.Row.Should().Be(new PackageBytes().Text("places.csv").Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length, why);
    }

    [Fact]
    public void Quoted_commas_quotes_and_line_breaks_are_read_as_the_cell_holds_them()
    {
        var records = CsvText.Read("a,b\r\n\"x, \"\"y\"\"\r\nz\",\"\"\r\n", 1000);

        records.Should().HaveCount(2);
        records[1].Should().Equal("x, \"y\"\r\nz", string.Empty);
    }

    [Fact]
    public void Any_cells_written_are_read_back_the_same()
    {
        var cell = Gen.String[Gen.Char["ab ,\"\r\n\u00E9\u0416"], 0, 12];
        Gen.Select(cell.Array[1, 4], Gen.Int[0, 5]).Sample(((string[] Header, int RowCount) t) =>
        {
            var rows = Enumerable.Range(0, t.RowCount).Select(i => ImmutableArray.CreateRange(t.Header.Select(h => h + i))).ToList();
            using var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
            CsvText.Write(text, [.. t.Header], rows);

            var read = CsvText.Read(text.ToString(), 1 << 20);

            // A header of one empty cell is the one record RFC 4180 cannot tell from an empty line.
            if (t.Header is [""])
            {
                return;
            }

            read.Select(r => string.Join("\u001F", r)).Should().Equal(
                new[] { t.Header }.Concat(rows.Select(r => r.ToArray())).Select(r => string.Join("\u001F", r)));
        });
    }
}
