using System;
using System.CommandLine;
using System.IO;
using System.Text;
using CentralAsiaCT.DataCompiler;
using CentralAsiaCT.Packaging;

var root = RepositoryLayout.FindRoot(Environment.CurrentDirectory);

var dataOption = new Option<DirectoryInfo>("--data")
{
    Description = "The data package folder (default: data/ of the checkout).",
};
var outputOption = new Option<FileInfo>("--output")
{
    Description = "The C# file to write (default: " + RepositoryLayout.GeneratedFile + ").",
};
var checkOption = new Option<bool>("--check")
{
    Description = "Write nothing; exit with 1 when the file differs from what the data package compiles to.",
};

var command = new RootCommand("Compiles the data package into the library's built-in tables.")
{
    dataOption,
    outputOption,
    checkOption,
};
command.SetAction(parse =>
{
    var data = parse.GetValue(dataOption)?.FullName ?? (root is null ? null : Path.Combine(root, "data"));
    var output = parse.GetValue(outputOption)?.FullName ?? (root is null ? null : Path.Combine(root, RepositoryLayout.GeneratedFile));
    if (data is null || output is null)
    {
        Console.Error.WriteLine("Not inside a checkout of CentralAsiaCT: give --data and --output.");
        return 2;
    }

    var code = BuiltInPackageWriter.Write(DataPackageDirectory.Read(data));
    var current = File.Exists(output) ? File.ReadAllText(output, Encoding.UTF8) : null;
    if (parse.GetValue(checkOption))
    {
        if (current == code)
        {
            Console.WriteLine($"{output} is up to date.");
            return 0;
        }

        Console.Error.WriteLine($"{output} differs from {data}: run `{BuiltInPackageWriter.RegenerateCommand}`.");
        return 1;
    }

    if (current != code)
    {
        File.WriteAllText(output, code, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
    }

    Console.WriteLine($"{output}: {(current == code ? "unchanged" : "written")}.");
    return 0;
});

return command.Parse(args).Invoke();
