using System.IO;
using System.IO.Compression;
using CentralAsiaCT.Reporting;
using CentralAsiaCT.Validation;

namespace CentralAsiaCT.Tests;

/// <summary>The loader's limits are options: the defaults of rule PKG004, lowered or raised per call.</summary>
public sealed class PackageLimitsTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "centralasiact-limits-" + Guid.NewGuid().ToString("N"));

    public PackageLimitsTests() => CentralAsiaData.Default.Export(_folder, ExportFormat.DataPackage);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private long Largest => Directory.GetFiles(_folder, "*.csv").Max(f => new FileInfo(f).Length);

    private string LargestName => Path.GetFileName(Directory.GetFiles(_folder, "*.csv").MaxBy(f => new FileInfo(f).Length)!);

    [Fact]
    public void The_defaults_are_those_of_rule_PKG004()
    {
        PackageLimits.Default.Should().Be(new PackageLimits());
        (PackageLimits.Default.MaxFileBytes, PackageLimits.Default.MaxPackageBytes, PackageLimits.Default.MaxResources).Should().Be((4L * 1024 * 1024, 16L * 1024 * 1024, 64));
        ValidationRules.FileTooLarge.Checks.Should().Contain("4 MiB").And.Contain("16 MiB").And.Contain("64 resources");
    }

    [Fact]
    public void A_file_is_read_up_to_its_limit_to_the_byte()
    {
        var largest = Largest;
        CentralAsiaData.ValidatePackage(_folder, new PackageLimits { MaxFileBytes = largest }).Errors.Should().BeEmpty();
        CentralAsiaData.Load(_folder, new PackageLimits { MaxFileBytes = largest }).Plans.Should().HaveCount(2);

        var thrown = FluentActions.Invoking(() => CentralAsiaData.Load(_folder, new PackageLimits { MaxFileBytes = largest - 1 })).Should().Throw<DataPackageException>().Which;
        thrown.Problems.Should().Contain(p => p.RuleId == "PKG004" && p.File == LargestName && p.Message.Contains($"larger than {largest - 1} bytes"));
    }

    [Fact]
    public void The_package_and_resource_limits_are_applied()
    {
        CentralAsiaData.ValidatePackage(_folder, new PackageLimits { MaxPackageBytes = 50_000 }).Errors
            .Should().Contain(p => p.RuleId == "PKG004" && p.Message.Contains("the package passes 50000 bytes here"));
        CentralAsiaData.ValidatePackage(_folder, new PackageLimits { MaxResources = 5 }).Errors
            .Should().ContainSingle().Which.Message.Should().Contain("resources; at most 5 are read");
    }

    [Fact]
    public void A_zipped_package_takes_the_same_limits()
    {
        var zip = _folder + ".zip";
        ZipFile.CreateFromDirectory(_folder, zip);
        try
        {
            using (var stream = File.OpenRead(zip))
            {
                CentralAsiaData.ValidatePackage(stream, new PackageLimits { MaxFileBytes = 1000 }).Errors.Should().Contain(p => p.RuleId == "PKG004");
            }

            using (var stream = File.OpenRead(zip))
            {
                CentralAsiaData.Load(stream, new PackageLimits { MaxFileBytes = Largest }).States.Get("Kirghizistan").Alpha3.Should().Be("KGZ");
            }
        }
        finally
        {
            File.Delete(zip);
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void A_limit_is_positive(int value)
    {
        FluentActions.Invoking(() => new PackageLimits { MaxFileBytes = value }).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("MaxFileBytes");
        FluentActions.Invoking(() => new PackageLimits { MaxPackageBytes = value }).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("MaxPackageBytes");
        FluentActions.Invoking(() => new PackageLimits { MaxResources = value }).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("MaxResources");
    }
}
