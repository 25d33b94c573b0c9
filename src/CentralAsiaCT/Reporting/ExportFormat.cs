namespace CentralAsiaCT.Reporting;

/// <summary>The forms in which <see cref="CentralAsiaData.Export(string, ExportFormat)"/> writes an edition.</summary>
public enum ExportFormat
{
    /// <summary>The Frictionless data package: <c>datapackage.json</c> and one CSV file per table, as in <c>data/</c>.</summary>
    DataPackage = 0,

    /// <summary>One JSON document, <c>centralasiact.json</c>: the package's metadata and every table as an array of
    /// objects, with integers as numbers and lists as arrays.</summary>
    Json = 1,

    /// <summary>One Markdown document, <c>centralasiact.md</c>: the report of <see cref="EditionReports.ToMarkdown(string)"/>.</summary>
    Markdown = 2,

    /// <summary>One HTML page, <c>centralasiact.html</c>: the report of <see cref="EditionReports.ToHtml(string)"/>, with the timeline picture.</summary>
    Html = 3,

    /// <summary>The timeline picture of <see cref="EditionReports.TimelineToSvg(string)"/>, <c>centralasiact-timeline.svg</c>.</summary>
    TimelineSvg = 4,

    /// <summary>Flat, denormalised views for R, pandas and spreadsheets, a small data package of their own
    /// (<c>centralasiact-views</c>): <c>states.csv</c> (names in en, fr and ru, status towards each plan),
    /// <c>timeline.csv</c> (dates with their first and last day, places, pillars, phases), <c>organisations.csv</c>
    /// (one row per role), <c>reviews.csv</c> and <c>sources.csv</c>, each row with <c>source_ids</c> and <c>grade</c>.</summary>
    Views = 5,
}
