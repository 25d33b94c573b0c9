using System.IO;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using CentralAsiaCT.Cli;
using CentralAsiaCT.Reporting;
using CentralAsiaCT.Validation;

namespace CentralAsiaCT.Tests;

/// <summary>
/// Issue 24, items 1 and 2: a package folder whose files are not regular files, or whose descriptor names paths the
/// operating system refuses, is reported, never read, never a hang and never an exception other than
/// <see cref="DataPackageException"/>.
/// </summary>
public sealed partial class HostileFileTests : IDisposable
{
    // A hang guard, not a timing: a read that blocks on a pipe never returns at all.
    private static readonly TimeSpan Hang = TimeSpan.FromMinutes(1);

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "centralasiact-hostile-" + Guid.NewGuid().ToString("N"));

    public HostileFileTests() => CentralAsiaData.Default.Export(_folder, ExportFormat.DataPackage);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    public static TheoryData<string> NotFiles() => ["pipe", "socket", "folder"];

    [Theory]
    [MemberData(nameof(NotFiles))]
    public async Task A_resource_that_is_not_a_regular_file_is_reported_without_being_opened(string kind)
    {
        if (!OperatingSystem.IsLinux() && kind != "folder")
        {
            // Pipes and sockets made this way are Linux's; CI runs on Linux.
            return;
        }

        var path = Path.Combine(_folder, "states.csv");
        File.Delete(path);
        using var socket = Make(kind, path);

        // A pipe opened for reading blocks until a writer comes, which never does: the wait fails instead.
        var report = await Task.Run(() => CentralAsiaData.ValidatePackage(_folder)).WaitAsync(Hang);
        var problem = report.Problems.Should().ContainSingle(p => p.RuleId == "PKG012").Subject;
        problem.File.Should().Be("states.csv");
        problem.Message.Should().Contain("states.csv");

        (await FluentActions.Awaiting(() => Task.Run(() => CentralAsiaData.Load(_folder)).WaitAsync(Hang)).Should().ThrowAsync<DataPackageException>())
            .Which.Problems.Should().Contain(p => p.RuleId == "PKG012");
    }

    public static TheoryData<string> RefusedPaths() =>
    [
        "sta\0tes.csv", "states\u0001.csv", "states\u007F.csv", "states\u0085.csv", "/etc/passwd", "C:\\states.csv", "C:states.csv",
        "sub\\states.csv", "sub/states.csv", "..", ".states.csv", "", " ", "states.csv ", "CON", "nul.csv", "Com1.csv", "LPT9",
        new string('s', 252) + ".csv", "states\u202E.csv", "states?.csv", "states*.csv", "states|.csv", "states\".csv", "states<.csv",
    ];

    [Theory]
    [MemberData(nameof(RefusedPaths))]
    public void A_resource_path_the_system_could_refuse_is_a_problem_before_any_file_call(string path)
    {
        SetPath("states", path);

        var report = CentralAsiaData.ValidatePackage(_folder);
        var problem = report.Problems.Should().ContainSingle(p => p.RuleId == "PKG011").Subject;
        problem.Message.Length.Should().BeLessThan(400);
        report.Problems.Should().NotContain(p => p.RuleId == "PKG005", "a path refused as text is not looked for");

        FluentActions.Invoking(() => CentralAsiaData.Load(_folder)).Should().Throw<DataPackageException>()
            .Which.Problems.Should().Contain(p => p.RuleId == "PKG011");
    }

    [Fact]
    public void The_tool_never_prints_a_stack_trace_for_a_path_with_a_NUL()
    {
        SetPath("states", "sta\0tes.csv");
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = ToolCommands.Run(["validate", _folder], CentralAsiaData.Default, output, error);

        code.Should().Be(1);
        output.ToString().Should().Contain("PKG011");
        (output.ToString() + error.ToString()).Should().NotContain("   at ").And.NotContain("Exception");
    }

    private void SetPath(string resource, string path)
    {
        var descriptor = Path.Combine(_folder, "datapackage.json");
        var json = JsonNode.Parse(File.ReadAllText(descriptor))!;
        foreach (var r in json["resources"]!.AsArray())
        {
            if ((string?)r!["name"] == resource)
            {
                r["path"] = path;
            }
        }

        File.WriteAllText(descriptor, json.ToJsonString());
    }

    private static Socket? Make(string kind, string path)
    {
        switch (kind)
        {
            case "pipe":
                Mkfifo(path, Convert.ToUInt32("644", 8)).Should().Be(0);
                return null;
            case "socket":
                var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
                socket.Bind(new UnixDomainSocketEndPoint(path));
                return socket;
            default:
                Directory.CreateDirectory(path);
                return null;
        }
    }

    [LibraryImport("libc", EntryPoint = "mkfifo", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Mkfifo(string path, uint mode);
}
