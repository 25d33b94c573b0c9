#:project ../../src/CentralAsiaCT/CentralAsiaCT.csproj
#:package Sylvan.Data.Csv
#:property TargetFramework=net10.0
#:property GenerateDocumentationFile=true
#:property NoWarn=$(NoWarn);CS1591
// Checks that every quote of data/citations.csv that cites the seed (S-SEED-FR) occurs in the seed's text, with
// whitespace and typographic apostrophes normalised. A CI step, not a unit test: users' clones have no ../shared.
// Usage: dotnet run tests/SeedQuotes/check-seed-quotes.cs -- <citations.csv> <seed text file>
using System;
using System.IO;
using System.Text.RegularExpressions;
using Sylvan.Data.Csv;

if (args.Length != 2)
{
    Console.Error.WriteLine("usage: check-seed-quotes <citations.csv> <seed text file>");
    return 2;
}

static string Normal(string text) => Regex.Replace(text.Replace('\u2019', '\'').Replace('\u2018', '\''), @"\s+", " ").Trim();

var seed = Normal(File.ReadAllText(args[1]));
using var reader = CsvDataReader.Create(args[0]);
int checkedQuotes = 0, missing = 0;
while (reader.Read())
{
    if (reader.GetString(reader.GetOrdinal("source_id")) != "S-SEED-FR")
    {
        continue;
    }

    checkedQuotes++;
    var quote = reader.GetString(reader.GetOrdinal("quote"));
    if (!seed.Contains(Normal(quote), StringComparison.Ordinal))
    {
        missing++;
        Console.Error.WriteLine($"not in the seed: {reader.GetString(0)} {reader.GetString(1)}: \"{quote}\"");
    }
}

Console.WriteLine($"{checkedQuotes} quotes of the seed checked, {missing} not found");
return missing == 0 && checkedQuotes > 0 ? 0 : 1;
