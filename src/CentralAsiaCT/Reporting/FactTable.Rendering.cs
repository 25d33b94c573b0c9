using System;
using System.Collections.Immutable;
using System.IO;
using System.Net;
using System.Text;
using System.Text.Json;
using CentralAsiaCT.Packaging;
using CentralAsiaCT.Sourcing;

namespace CentralAsiaCT.Reporting;

/// <content>A table written as Markdown, HTML, CSV or JSON.</content>
public sealed partial record FactTable
{
    /// <summary>The table as GitHub-flavoured Markdown: the title in bold, then the table. Characters that Markdown
    /// would read as markup (<c>| * _ ` [ ] &lt; &gt; &amp; ~ \</c>) are escaped, and line breaks become spaces.</summary>
    /// <returns>The Markdown text, ending with a line break.</returns>
    public string ToMarkdown()
    {
        var text = new StringBuilder();
        text.Append("**").Append(MarkdownText.Escape(Title)).Append("**\n\n|");
        foreach (var column in Headings())
        {
            text.Append(' ').Append(MarkdownText.Escape(column)).Append(" |");
        }

        text.Append("\n|");
        foreach (var unused in Headings())
        {
            text.Append(" --- |");
        }

        text.Append('\n');
        foreach (var row in Rows)
        {
            text.Append('|');
            foreach (var cell in Cells(row, forPeople: true))
            {
                text.Append(' ').Append(cell is null ? Absent : MarkdownText.Escape(cell)).Append(" |");
            }

            text.Append('\n');
        }

        return text.ToString();
    }

    /// <summary>The table as an HTML <c>&lt;table&gt;</c> fragment with a caption; every text is HTML-encoded, and each
    /// source ID links to the source's address.</summary>
    /// <returns>The HTML fragment.</returns>
    public string ToHtml()
    {
        var html = new StringBuilder();
        html.Append("<table class=\"centralasiact\">\n<caption>").Append(WebUtility.HtmlEncode(Title)).Append("</caption>\n<thead><tr>");
        foreach (var column in Headings())
        {
            html.Append("<th>").Append(WebUtility.HtmlEncode(column)).Append("</th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var row in Rows)
        {
            html.Append("<tr>");
            for (var i = 0; i < Columns.Length; i++)
            {
                var cell = ForPeople(i, i < row.Cells.Length ? row.Cells[i] : null);
                html.Append(cell is null ? "<td class=\"absent\">" + Absent : (IsNumber(cell) ? "<td class=\"num\">" : IsToken(cell) ? "<td class=\"code\">" : "<td>") + WebUtility.HtmlEncode(cell)).Append("</td>");
            }

            html.Append("<td>");
            if (row.Provenance is not null)
            {
                var first = true;
                foreach (var source in row.Provenance.Sources)
                {
                    // Only web addresses become links: a loaded package could give "javascript:..." as an address.
                    var web = source.AddressText.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
                        || source.AddressText.StartsWith("http://", StringComparison.OrdinalIgnoreCase);
                    html.Append(first ? string.Empty : ", ")
                        .Append(web ? "<a href=\"" + WebUtility.HtmlEncode(source.AddressText) + "\"" : "<span")
                        .Append(" title=\"").Append(WebUtility.HtmlEncode(TitleWithQuote(source, row.Provenance))).Append("\">")
                        .Append(WebUtility.HtmlEncode(source.Id)).Append(web ? "</a>" : "</span>");
                    first = false;
                }
            }

            html.Append("</td><td>").Append(row.Provenance is null ? string.Empty : WebUtility.HtmlEncode(row.Provenance.GradeText)).Append("</td></tr>\n");
        }

        return html.Append("</tbody>\n</table>\n").ToString();
    }

    /// <summary>The table as CSV (RFC 4180, comma-separated, CRLF line ends), with a heading row of the stable
    /// <see cref="Fields"/> and <c>source_ids</c>, <c>grade</c>; source IDs are separated by semicolons, absent values
    /// are empty cells.</summary>
    /// <returns>The CSV text.</returns>
    public string ToCsv()
    {
        var rows = ImmutableArray.CreateBuilder<ImmutableArray<string>>(Rows.Length);
        foreach (var row in Rows)
        {
            var cells = ImmutableArray.CreateBuilder<string>(Columns.Length + 2);
            foreach (var cell in Cells(row))
            {
                cells.Add(cell ?? string.Empty);
            }

            rows.Add(cells.MoveToImmutable());
        }

        using var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        CsvText.Write(text, Fields.Add(SourcesField).Add(GradeField), rows.MoveToImmutable());

        return text.ToString();
    }

    /// <summary>The table as one JSON object: <c>title</c>, <c>fields</c> (the stable <see cref="Fields"/>),
    /// <c>columns</c> (the headings for people) and <c>rows</c>, each row an object keyed by the fields with <c>null</c>
    /// for absent values, <c>source_ids</c> as an array of IDs, <c>quotes</c> (each source with the words it is cited
    /// for: <c>source_id</c>, <c>quote</c>) and <c>grade</c>.</summary>
    /// <returns>The JSON text, indented.</returns>
    public string ToJson()
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, JsonOutput.Options))
        {
            json.WriteStartObject();
            json.WriteString("title", Title);
            json.WriteStartArray("fields");
            foreach (var field in Fields)
            {
                json.WriteStringValue(field);
            }

            json.WriteEndArray();
            json.WriteStartArray("columns");
            foreach (var column in Columns)
            {
                json.WriteStringValue(column);
            }

            json.WriteEndArray();
            json.WriteStartArray("rows");
            var fields = Fields;
            foreach (var row in Rows)
            {
                json.WriteStartObject();
                for (var i = 0; i < Columns.Length; i++)
                {
                    var cell = i < row.Cells.Length ? row.Cells[i] : null;
                    if (ListFields.Contains(fields[i]))
                    {
                        json.WriteStartArray(fields[i]);
                        foreach (var item in cell?.Split([ListSeparator], StringSplitOptions.RemoveEmptyEntries) ?? [])
                        {
                            json.WriteStringValue(item);
                        }

                        json.WriteEndArray();
                    }
                    else
                    {
                        json.WriteString(fields[i], cell);
                    }
                }

                json.WriteStartArray(SourcesField);
                foreach (var source in row.Provenance?.Sources ?? ImmutableArray<Source>.Empty)
                {
                    json.WriteStringValue(source.Id);
                }

                json.WriteEndArray();

                // Each source with the words it is cited for: an answer made of several facts keeps every fact's quotes.
                json.WriteStartArray(QuotesField);
                foreach (var citation in row.Provenance?.Citations ?? ImmutableArray<Citation>.Empty)
                {
                    json.WriteStartObject();
                    json.WriteString("source_id", citation.Source.Id);
                    json.WriteString("quote", citation.Quote);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteString(GradeField, row.Provenance?.Grade.ToString());
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    // A source's title, then the words of it that the row's facts are cited for, as a link's tooltip shows them.
    private static string TitleWithQuote(Source source, Provenance provenance)
    {
        var text = new StringBuilder(source.Title);
        foreach (var citation in provenance.Citations)
        {
            if (citation.Source == source)
            {
                text.Append(" \u2014 \u201C").Append(citation.Quote).Append('\u201D');
            }
        }

        return text.ToString();
    }

    /// <summary>The Markdown rendering, so that a table printed as text reads as a table.</summary>
    /// <returns>The same text as <see cref="ToMarkdown"/>.</returns>
    public override string ToString() => ToMarkdown();
}
