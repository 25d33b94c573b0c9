using System;
using System.Collections.Immutable;
using System.IO;
using System.Text;
using CentralAsiaCT.Packaging;

namespace CentralAsiaCT.Reporting;

/// <summary>
/// The reports of one edition (<see cref="CentralAsiaData.Reports"/>): tables and documents for people to read, as
/// Markdown, HTML, SVG, CSV and JSON. Every row names its sources and grade.
/// </summary>
public sealed partial class EditionReports
{
    private readonly CentralAsiaData _data;

    internal EditionReports(CentralAsiaData data)
    {
        _data = data;
    }

    /// <summary>The edition as one Markdown document: its title and version, then the timeline, the states, the
    /// organisations, the errata and the sources.</summary>
    /// <param name="language">The language of the names.</param>
    /// <returns>The Markdown text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="language"/> is <see langword="null"/>.</exception>
    public string ToMarkdown(string language = "en")
    {
        var text = new StringBuilder();
        text.Append("# ").Append(MarkdownText.Escape(_data.Title)).Append("\n\n")
            .Append("Data package `").Append(_data.Name).Append("` version ").Append(MarkdownText.Escape(_data.Version))
            .Append(", licence ").Append(MarkdownText.Escape(_data.License)).Append(". Every row names its sources (see the last table) and a grade: A, an official page or two sources that agree; B, one secondary source. ")
            .Append("An event in square brackets, such as \\[expert meeting 2\\], has no name in any source: that is a label, its kind and ordinal. A dash marks a value no source gives.\n");
        foreach (var table in ReportTables(language))
        {
            text.Append('\n').Append(table.ToMarkdown());
        }

        return text.ToString();
    }

    /// <summary>The edition as one HTML document (UTF-8, no script, no external resource) with the tables of
    /// <see cref="ToMarkdown(string)"/> and the timeline picture of <see cref="TimelineToSvg(string)"/>.</summary>
    /// <param name="language">The language of the names.</param>
    /// <returns>The HTML text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="language"/> is <see langword="null"/>.</exception>
    public string ToHtml(string language = "en")
    {
        var title = System.Net.WebUtility.HtmlEncode(_data.Title);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"").Append(System.Net.WebUtility.HtmlEncode(language)).Append("\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
            .Append(title).Append("</title>\n<style>\n").Append(ReportStyle).Append("</style>\n</head>\n<body>\n<h1>")
            .Append(title).Append("</h1>\n<p>Data package <code>").Append(System.Net.WebUtility.HtmlEncode(_data.Name)).Append("</code> version ")
            .Append(System.Net.WebUtility.HtmlEncode(_data.Version)).Append(", licence ").Append(System.Net.WebUtility.HtmlEncode(_data.License))
            .Append(". Every row names its sources, linked to their pages, and a grade: A, an official page or two sources that agree; B, one secondary source. ")
            .Append("An event in square brackets, such as [expert meeting 2], has no name in any source: that is a label, its kind and ordinal. A dash marks a value no source gives.</p>\n")
            .Append("<figure>").Append(TimelineToSvg(language)).Append("</figure>\n");
        foreach (var table in ReportTables(language))
        {
            html.Append(table.ToHtml());
        }

        return html.Append("</body>\n</html>\n").ToString();
    }

    /// <summary>
    /// A picture of the history as SVG: the Strategy's reviews on an axis by year (2006-2026), then the events of the
    /// project in panels, one per cluster of events (a gap of more than a year starts a new panel, so that the dense
    /// 2010-2011 consultation and the sparse later years are both legible), each panel on its own axis by month, each
    /// event labelled with its place and pillars;
    /// a date known only to the month is drawn as a month-wide hatched span, a date known to the day as a bar over its
    /// days. Each event carries its sources as a tooltip (<c>&lt;title&gt;</c>). No drawing library is involved.
    /// </summary>
    /// <param name="language">The language of the place names.</param>
    /// <returns>An SVG document (UTF-8 text, no XML declaration), or a picture saying that there are no events.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="language"/> is <see langword="null"/>.</exception>
    public string TimelineToSvg(string language = "en")
    {
        Argument.NotNull(language);

        return TimelinePicture.Draw(_data.Strategy.Reviews, _data.Timeline.ToImmutableArray(), _data.Documents.ToImmutableArray(), language);
    }

    /// <summary>Writes the edition into <paramref name="directory"/> (created if missing) in the given form.</summary>
    /// <param name="directory">The folder to write into; existing files of the same names are replaced.</param>
    /// <param name="format">The data package, one JSON, Markdown or HTML document, or the timeline picture.</param>
    /// <returns>The full paths of the files written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="directory"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not a defined value.</exception>
    internal ImmutableArray<string> Write(string directory, ExportFormat format)
    {
        Argument.NotNull(directory);

        switch (format)
        {
            case ExportFormat.DataPackage:
                return _data.WritePackage(directory);
            case ExportFormat.Json:
                Directory.CreateDirectory(directory);
                var json = Path.GetFullPath(Path.Combine(directory, _data.Name + ".json"));
                using (var file = File.Create(json))
                {
                    WriteJson(file);
                }

                return ImmutableArray.Create(json);
            case ExportFormat.Markdown:
                return WriteText(directory, _data.Name + ".md", ToMarkdown());
            case ExportFormat.Html:
                return WriteText(directory, _data.Name + ".html", ToHtml());
            case ExportFormat.TimelineSvg:
                return WriteText(directory, _data.Name + "-timeline.svg", TimelineToSvg());
            case ExportFormat.Views:
                return FlatViews.Write(_data, directory);
            default:
                throw new ArgumentOutOfRangeException(nameof(format), format, "Not an export format.");
        }
    }

    /// <summary>
    /// Writes the edition as one JSON document: <c>name</c>, <c>title</c>, <c>version</c>, <c>license</c>,
    /// <c>created</c> and <c>resources</c>, an object with one array per table of the data package, each row an object
    /// keyed by field name. Integers are numbers, list fields (such as <c>source_ids</c>) arrays, empty cells
    /// <c>null</c>; everything else is the string of the CSV file.
    /// </summary>
    /// <param name="utf8Json">The stream to write UTF-8 JSON to; left open.</param>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    public void WriteJson(Stream utf8Json)
    {
        Argument.NotNull(utf8Json);

        PackageJson.Write(_data.Tables, _data.Descriptor, utf8Json);
    }

    private static ImmutableArray<string> WriteText(string directory, string fileName, string text)
    {
        Directory.CreateDirectory(directory);
        var path = Path.GetFullPath(Path.Combine(directory, fileName));
        File.WriteAllText(path, text, PackageWriter.Utf8);
        return ImmutableArray.Create(path);
    }

    // Readable type, numbers aligned, zebra rows, and a page that prints: the report is read in a browser and on paper.
    private const string ReportStyle =
        "body{font-family:system-ui,-apple-system,\"Segoe UI\",Roboto,\"Noto Sans\",\"DejaVu Sans\",sans-serif;line-height:1.45;color:#1b1b1b;max-width:75rem;margin:2rem auto;padding:0 1rem}\n"
        + "h1{font-size:1.6rem;line-height:1.2}p{max-width:60rem}figure{margin:1.5rem 0}figure svg{max-width:100%;height:auto}\n"
        + "table.centralasiact{border-collapse:collapse;margin:1.5rem 0;font-size:.9rem;width:100%}\n"
        + "table.centralasiact caption{font-weight:600;font-size:1.05rem;text-align:left;padding:.3rem 0}\n"
        + "table.centralasiact th,table.centralasiact td{border-bottom:1px solid #d5dbe1;padding:.3rem .6rem;text-align:left;vertical-align:top}\n"
        + "table.centralasiact thead th{background:#1f3a5f;color:#fff;font-weight:600}table.centralasiact td:first-child{white-space:nowrap}\n"
        + "table.centralasiact tbody tr:nth-child(even){background:#f2f5f8}\n"
        + "td.num{text-align:right;font-variant-numeric:tabular-nums}td.absent{color:#8a8a8a}a{color:#0b5cad}td.code,td a{white-space:nowrap}\n"
        + "@media print{body{max-width:none;margin:0;font-size:9.5pt}table.centralasiact{font-size:8.5pt}thead{display:table-header-group}tr{break-inside:avoid}a{color:inherit;text-decoration:none}figure{break-inside:avoid}}\n";

    private ImmutableArray<FactTable> ReportTables(string language) =>
        ImmutableArray.Create(FactTable.TimelineOf(_data.Timeline.ToImmutableArray(), language, labelUnnamed: true), ReviewsTable(), PhasesTable(language), PlansTable(language), DeclarationsTable(language), StatesTable(language), MembershipsTable(language: language), OrganisationsTable(language), ErrataTable(), SourcesTable());
}
