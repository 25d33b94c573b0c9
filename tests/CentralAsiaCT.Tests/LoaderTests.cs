using System.IO;
using System.IO.Compression;
using CentralAsiaCT.Tests.Support;
using CentralAsiaCT.Reporting;
using CentralAsiaCT.Validation;

namespace CentralAsiaCT.Tests;

public sealed class LoaderTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "centralasiact-loader-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public void Exporting_the_built_in_edition_writes_the_files_of_data_byte_for_byte()
    {
        var written = CentralAsiaData.Default.Export(_folder, ExportFormat.DataPackage);
        written.Select(Path.GetFileName).Should().BeEquivalentTo(Directory.GetFiles(Repository.Data).Select(Path.GetFileName));
        foreach (var file in written)
        {
            File.ReadAllBytes(file).Should().Equal(File.ReadAllBytes(Path.Combine(Repository.Data, Path.GetFileName(file))), Path.GetFileName(file));
        }
    }

    [Fact]
    public void Loading_an_export_gives_the_same_edition_and_every_query_works_on_it()
    {
        CentralAsiaData.Default.Export(_folder, ExportFormat.DataPackage);
        var loaded = CentralAsiaData.Load(_folder);
        loaded.Should().NotBeSameAs(CentralAsiaData.Default);
        loaded.HasSameDataAs(CentralAsiaData.Default).Should().BeTrue();
        loaded.Validate().Problems.Should().BeEmpty();
        loaded.Version.Should().Be(CentralAsiaData.Default.Version);
        loaded.States.Get("Туркменистан").Alpha3.Should().Be("TKM");
        loaded.Plans.Get("JPOA-2011").StatesWith(JointPlanStatus.Adopted, loaded.Plans.Get("JPOA-2011").AdoptedOn.First).Select(s => s.Id).Should().Equal(CentralAsiaData.Default.Plans.Get("JPOA-2011").StatesWith(JointPlanStatus.Adopted, CentralAsiaData.Default.Plans.Get("JPOA-2011").AdoptedOn.First).Select(s => s.Id));
        loaded.Timeline.Select(e => e.ToString() + e.Date).Should().Equal(CentralAsiaData.Default.Timeline.Select(e => e.ToString() + e.Date));

        var twiceExported = Path.Combine(_folder, "again");
        loaded.Export(twiceExported, ExportFormat.DataPackage);
        Directory.GetFiles(twiceExported).Should().OnlyContain(f => File.ReadAllBytes(f).SequenceEqual(File.ReadAllBytes(Path.Combine(_folder, Path.GetFileName(f)))));
    }

    [Fact]
    public void A_changed_cell_makes_two_editions_differ()
    {
        CentralAsiaData.Default.Export(_folder, ExportFormat.DataPackage);
        var names = Path.Combine(_folder, "names.csv");
        File.WriteAllText(names, File.ReadAllText(names).Replace("Douchanbé", "Duschanbe", StringComparison.Ordinal));
        var citations = Path.Combine(_folder, "citations.csv");
        File.WriteAllText(citations, File.ReadAllText(citations).Replace("names,DUSHANBE|fr|official|Douchanbé", "names,DUSHANBE|fr|official|Duschanbe", StringComparison.Ordinal));
        var loaded = CentralAsiaData.Load(_folder);
        loaded.HasSameDataAs(CentralAsiaData.Default).Should().BeFalse();
        loaded.Places.Get("Duschanbe").Id.Should().Be("DUSHANBE");
    }

    [Theory]
    [InlineData("")]
    [InlineData("centralasiact-1.1.0/")]
    public void A_zipped_package_loads_with_its_files_at_the_root_or_in_one_folder(string prefix)
    {
        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var file in Directory.GetFiles(Repository.Data))
            {
                archive.CreateEntryFromFile(file, prefix + Path.GetFileName(file));
            }
        }

        zip.Position = 0;
        CentralAsiaData.Load(zip).HasSameDataAs(CentralAsiaData.Default).Should().BeTrue();
        zip.Position = 0;
        CentralAsiaData.ValidatePackage(zip).IsValid.Should().BeTrue();
    }

    [Fact]
    public void A_stream_that_is_not_a_zip_archive_is_refused_with_the_documented_exception()
    {
        using var notZip = new MemoryStream("not a zip archive"u8.ToArray());
        FluentActions.Invoking(() => CentralAsiaData.Load(notZip)).Should().Throw<DataPackageException>().Which.Problems.Should().ContainSingle();
    }

    [Fact]
    public void A_missing_folder_is_not_a_package()
    {
        var thrown = FluentActions.Invoking(() => CentralAsiaData.Load(Path.Combine(_folder, "nowhere"))).Should().Throw<DataPackageException>().Which;
        thrown.Problems.Should().ContainSingle().Which.Should().Match<ValidationProblem>(p => p.RuleId == "PKG008" && p.Message.Contains("there is no folder"));
    }

    [Fact]
    public void A_50_MB_file_is_refused_with_a_size_error_after_reading_no_more_than_the_limit()
    {
        CentralAsiaData.Default.Export(_folder, ExportFormat.DataPackage);
        var names = Path.Combine(_folder, "names.csv");
        using (var file = File.Create(names))
        {
            file.SetLength(50L * 1024 * 1024);
        }

        var thrown = FluentActions.Invoking(() => CentralAsiaData.Load(_folder)).Should().Throw<DataPackageException>().Which;
        thrown.Problems.Where(p => p.Severity != Severity.Notice).Should().ContainSingle().Which.Should().Match<ValidationProblem>(p => p.RuleId == "PKG004" && p.File == "names.csv");
        thrown.Message.Should().Contain("PKG004").And.Contain("names.csv").And.Contain("4194304 bytes");
    }

    [Fact]
    public void The_exception_lists_every_problem_with_file_row_column_and_rule()
    {
        CentralAsiaData.Default.Export(_folder, ExportFormat.DataPackage);
        var places = Path.Combine(_folder, "places.csv");
        File.WriteAllText(places, File.ReadAllText(places).Replace("NEW-YORK,USA,", "NEW-YORK,XXX,", StringComparison.Ordinal));
        File.Delete(Path.Combine(_folder, "statements.csv"));
        var thrown = FluentActions.Invoking(() => CentralAsiaData.Load(_folder)).Should().Throw<DataPackageException>().Which;

        // Both at once: the missing file does not hide the broken reference of another table.
        thrown.Problems.Where(p => p.Severity == Severity.Error).Select(p => p.RuleId).Should().Equal("PKG005", "REF001");
        thrown.Message.Should().Contain("statements.csv")
            .And.Contain("REF001 error: places.csv, row 5 (NEW-YORK), column 'state_id': 'XXX' is not in states.alpha3");
    }

    [Fact]
    public void Null_arguments_are_refused()
    {
        FluentActions.Invoking(() => CentralAsiaData.Load((string)null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => CentralAsiaData.Load((Stream)null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => CentralAsiaData.ValidatePackage((string)null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => CentralAsiaData.ValidatePackage((Stream)null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => CentralAsiaData.Default.Export(null!, ExportFormat.DataPackage)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => CentralAsiaData.Default.HasSameDataAs(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => CentralAsiaData.Default.Plans.StatusOn(null!, new NodaTime.LocalDate(2015, 1, 1))).Should().Throw<ArgumentNullException>();
    }
}
