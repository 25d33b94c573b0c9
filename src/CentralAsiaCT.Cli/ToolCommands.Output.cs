using System;
using System.CommandLine;
using System.Linq;
using CentralAsiaCT.Reporting;
using NodaTime;
using NodaTime.Text;

namespace CentralAsiaCT.Cli;

// How the commands read their options and write their answers: dates, names, counts, tables and lines that fit.
internal sealed partial class ToolCommands
{
    private static Option<LocalDate?> DateOption(string name, string description) => new(name)
    {
        Description = description,
        HelpName = "yyyy-MM-dd",
        CustomParser = result =>
        {
            var text = result.Tokens.Single().Value;
            var parsed = LocalDatePattern.Iso.Parse(text);
            if (parsed.Success)
            {
                return parsed.Value;
            }

            // N10: a day written as asked but absent from the calendar (2015-02-30) is told apart from a bad spelling.
            result.AddError(System.Text.RegularExpressions.Regex.IsMatch(text, @"^\d{4}-\d{2}-\d{2}$")
                ? $"{name}: '{Quote(text)}' is not a day of the calendar."
                : $"{name}: '{Quote(text)}' is not a day written yyyy-MM-dd.");
            return null;
        },
    };

    private static string? NameIn(Entity entity, string language) => entity.TryGetName(language, out var name) ? name.Text : null;

    // Plain lines of text fit a terminal as tables do, continuing on indented lines; redirected, they stay whole.
    private void WriteLines(string text)
    {
        foreach (var line in text.Split('\n'))
        {
            if (_width is { } width)
            {
                foreach (var part in TextTable.WrapLine(line.TrimEnd('\r'), width))
                {
                    _output.WriteLine(part);
                }
            }
            else
            {
                _output.WriteLine(line.TrimEnd('\r'));
            }
        }
    }

    private static string Count(int n, string noun) => $"{n} {noun}{(n == 1 ? string.Empty : "s")}";

    private static string Quote(string text) => text.Length <= 80 ? text : string.Concat(text.AsSpan(0, 80), "...");

    private int Write(ParseResult parsed, FactTable table)
    {
        var format = Enum.Parse<OutputFormat>(parsed.GetValue(_format)!, ignoreCase: true);
        if (table.Rows.IsEmpty)
        {
            _error.WriteLine($"Nothing found ({table.Title}).");
            if (format == OutputFormat.Table)
            {
                return NothingFound;
            }
        }

        switch (format)
        {
            case OutputFormat.Json:
                _output.WriteLine(table.ToJson());
                break;
            case OutputFormat.Csv:
                _output.Write(table.ToCsv());
                break;
            case OutputFormat.Md:
                _output.Write(table.ToMarkdown());
                break;
            case OutputFormat.Html:
                _output.Write(table.ToHtml());
                break;
            default:
                TextTable.Write(table, _output, parsed.GetValue(_wide) ? null : _width);
                break;
        }

        // The quotes of every row's sources, for people: JSON already gives them with each row.
        if (parsed.GetValue(_quotes) && format is OutputFormat.Table or OutputFormat.Md or OutputFormat.Html && !table.Rows.IsEmpty)
        {
            var quotes = table.Quotes();
            _output.WriteLine();
            switch (format)
            {
                case OutputFormat.Md:
                    _output.Write(quotes.ToMarkdown());
                    break;
                case OutputFormat.Html:
                    _output.Write(quotes.ToHtml());
                    break;
                default:
                    TextTable.Write(quotes, _output, parsed.GetValue(_wide) ? null : _width);
                    break;
            }
        }

        return table.Rows.IsEmpty ? NothingFound : Found;
    }
}
