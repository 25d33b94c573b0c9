using System.IO;
using CentralAsiaCT.Cli;

namespace CentralAsiaCT.Tests.Support;

/// <summary>The <c>centralasia-ct</c> tool run in process, as a shell would run it, with its two streams apart.</summary>
internal static class Tool
{
    /// <summary>Runs <paramref name="args"/> against the built-in edition; <paramref name="width"/> is the terminal's
    /// (null: output redirected). Line ends are <c>\n</c>.</summary>
    public static (int Code, string Output, string Error) Run(string[] args, int? width = null)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = ToolCommands.Run(args, CentralAsiaData.Default, output, error, width);
        return (code, output.ToString().Replace("\r\n", "\n", StringComparison.Ordinal), error.ToString().Replace("\r\n", "\n", StringComparison.Ordinal));
    }
}
