using System.IO;
using System.Text;
using CentralAsiaCT.Building;
using CentralAsiaCT.DataCompiler;
using CentralAsiaCT.Packaging;
using CentralAsiaCT.Tests.Support;

namespace CentralAsiaCT.Tests;

/// <summary>The edition compiled into the assembly is exactly the data package in <c>data/</c>.</summary>
public sealed class BuiltInDataTests
{
    [Fact]
    public void The_generated_tables_are_what_data_compiles_to()
    {
        var expected = BuiltInPackageWriter.Write(DataPackageDirectory.Read(Repository.Data));
        var actual = File.ReadAllText(Repository.InRoot(RepositoryLayout.GeneratedFile.Split('/')), Encoding.UTF8);
        actual.Should().Be(expected, $"{RepositoryLayout.GeneratedFile} must be regenerated after any change to data/: run `{BuiltInPackageWriter.RegenerateCommand}`");
    }

    [Fact]
    public void The_built_in_tables_hold_the_same_cells_and_metadata_as_the_CSV_files()
    {
        var builtIn = BuiltInPackage.ReadTables();
        var files = PublishedPackage.Tables;
        builtIn.Metadata.Should().Be(files.Metadata);
        builtIn.Tables.Select(t => t.Name).Should().Equal(files.Tables.Select(t => t.Name));
        foreach (var (compiled, read) in builtIn.Tables.Zip(files.Tables))
        {
            compiled.Columns.Should().Equal(read.Columns, compiled.Name);
            compiled.Rows.Select(r => string.Join("\u241F", r)).Should().Equal(read.Rows.Select(r => string.Join("\u241F", r)), compiled.Name);
        }
    }

    [Fact]
    public void The_data_version_and_licence_are_those_of_the_descriptor()
    {
        var data = CentralAsiaData.Default;
        data.Version.Should().Be(PublishedPackage.Descriptor.GetProperty("version").GetString());
        data.Name.Should().Be("centralasiact");
        data.License.Should().Be("CC-BY-4.0");
        data.Created.ToString().Should().Be(PublishedPackage.Descriptor.GetProperty("created").GetString());
    }

    [Fact]
    public void The_embedded_files_equal_the_files_in_data_byte_for_byte()
    {
        PublishedDataPackage.FileNames.Should().BeEquivalentTo(Directory.GetFiles(Repository.Data).Select(Path.GetFileName));
        foreach (var name in PublishedDataPackage.FileNames)
        {
            using var embedded = PublishedDataPackage.Open(name);
            using var copy = new MemoryStream();
            embedded.CopyTo(copy);
            copy.ToArray().Should().Equal(File.ReadAllBytes(Path.Combine(Repository.Data, name)), name);
        }
    }

    [Fact]
    public void Export_writes_every_file_of_the_package()
    {
        var target = Path.Combine(Path.GetTempPath(), "centralasiact-export-" + Guid.NewGuid().ToString("N"));
        try
        {
            var written = CentralAsiaData.Default.Export(target, Reporting.ExportFormat.DataPackage);
            written.Select(Path.GetFileName).Should().BeEquivalentTo(PublishedDataPackage.FileNames);
            written.Should().OnlyContain(p => File.ReadAllBytes(p).SequenceEqual(File.ReadAllBytes(Path.Combine(Repository.Data, Path.GetFileName(p)))));
        }
        finally
        {
            Directory.Delete(target, recursive: true);
        }
    }

    [Fact]
    public void Opening_a_file_the_package_does_not_have_names_it()
    {
        FluentActions.Invoking(() => PublishedDataPackage.Open("../secrets.csv")).Should().Throw<KeyNotFoundException>().WithMessage("*../secrets.csv*");
        FluentActions.Invoking(() => PublishedDataPackage.Open(null!)).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void Default_is_built_once_and_shared_between_threads()
    {
        var seen = new CentralAsiaData[8];
        System.Threading.Tasks.Parallel.For(0, seen.Length, i => seen[i] = CentralAsiaData.Default);
        seen.Should().OnlyContain(d => ReferenceEquals(d, CentralAsiaData.Default));
    }

    [Fact]
    public void Reading_the_same_tables_twice_gives_equal_content()
    {
        var first = DataSetReader.Read(BuiltInPackage.ReadTables());
        var second = DataSetReader.Read(PublishedPackage.Tables);
        second.Timeline.Select(e => e.ToString() + e.Date + e.Place?.Id).Should().Equal(first.Timeline.Select(e => e.ToString() + e.Date + e.Place?.Id));
        second.Participations.Select(p => p.ToString() + p.Provenance).Should().Equal(first.Participations.Select(p => p.ToString() + p.Provenance));
        second.Sources.Should().Equal(first.Sources, (a, b) => a.Id == b.Id && a.Address == b.Address && a.Title == b.Title);
    }
}
