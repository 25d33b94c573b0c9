using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Xml;
using CentralAsiaCT.Dating;
using CentralAsiaCT.Packaging;
using NodaTime;

namespace CentralAsiaCT.Reporting;

/// <summary>Draws events on a time axis as SVG, with the BCL's XML writer so that any text stays well-formed.</summary>
internal static class TimelinePicture
{
    private const double Width = 1000;
    private const double Margin = 20;
    private const double AxisY = 40;
    private const double FirstLaneY = 64;
    private const double LaneHeight = 36;
    private const double BarHeight = 12;
    private const string Namespace = "http://www.w3.org/2000/svg";

    public static string Draw(ImmutableArray<Event> events, string language)
    {
        var text = new StringBuilder();
        var settings = new XmlWriterSettings { OmitXmlDeclaration = true, Indent = true, NewLineChars = "\n" };
        using (var svg = XmlWriter.Create(text, settings))
        {
            var height = FirstLaneY + (Math.Max(events.Length, 1) * LaneHeight) + Margin;
            svg.WriteStartElement("svg", Namespace);
            Attribute(svg, "width", Width);
            Attribute(svg, "height", height);
            svg.WriteAttributeString("viewBox", string.Format(CultureInfo.InvariantCulture, "0 0 {0} {1}", Width, height));
            svg.WriteAttributeString("font-family", "sans-serif");
            svg.WriteAttributeString("font-size", "12");
            svg.WriteAttributeString("role", "img");
            svg.WriteElementString("title", Namespace, "Timeline of the process");
            WriteHatching(svg);

            if (events.IsEmpty)
            {
                Text(svg, Margin, FirstLaneY, "start", "No events in this edition.");
            }
            else
            {
                var dates = events.SelectMany(static e => e.Claims.Select(static c => c.Date).Append(e.Date)).OfType<KnownDate>().ToList();
                var start = dates.Min(static d => d.First).With(DateAdjusters.StartOfMonth);
                var end = dates.Max(static d => d.Last).With(DateAdjusters.EndOfMonth).PlusDays(1);
                var days = (double)Period.Between(start, end, PeriodUnits.Days).Days;
                double X(LocalDate day) => Margin + ((Width - (2 * Margin)) * Period.Between(start, day, PeriodUnits.Days).Days / days);

                WriteAxis(svg, start, end, X);
                for (var i = 0; i < events.Length; i++)
                {
                    WriteEvent(svg, events[i], language, FirstLaneY + (i * LaneHeight), X);
                }
            }

            svg.WriteEndElement();
        }

        return text.ToString();
    }

    private static void WriteHatching(XmlWriter svg)
    {
        // A date known only to the month is drawn hatched, so that nobody reads a month-wide bar as a month-long meeting.
        svg.WriteStartElement("defs", Namespace);
        svg.WriteStartElement("pattern", Namespace);
        svg.WriteAttributeString("id", "month-precision");
        svg.WriteAttributeString("width", "6");
        svg.WriteAttributeString("height", "6");
        svg.WriteAttributeString("patternUnits", "userSpaceOnUse");
        svg.WriteAttributeString("patternTransform", "rotate(45)");
        svg.WriteStartElement("rect", Namespace);
        svg.WriteAttributeString("width", "3");
        svg.WriteAttributeString("height", "6");
        svg.WriteAttributeString("fill", "#7a9cc6");
        svg.WriteEndElement();
        svg.WriteEndElement();
        svg.WriteEndElement();
    }

    private static void WriteAxis(XmlWriter svg, LocalDate start, LocalDate end, Func<LocalDate, double> x)
    {
        Line(svg, Margin, AxisY, Width - Margin, AxisY, "#333");
        var months = Period.Between(start, end, PeriodUnits.Months).Months;
        var step = Math.Max(1, (int)Math.Ceiling(60 / ((Width - (2 * Margin)) / Math.Max(months, 1))));
        for (var month = start; month < end; month = month.PlusMonths(1))
        {
            var at = x(month);
            Line(svg, at, AxisY - 4, at, AxisY + 4, "#333");
            if (Period.Between(start, month, PeriodUnits.Months).Months % step == 0)
            {
                Text(svg, at + 2, AxisY - 8, "start", month.ToString("uuuu-MM", CultureInfo.InvariantCulture));
            }
        }
    }

    private static void WriteEvent(XmlWriter svg, Event e, string language, double y, Func<LocalDate, double> x)
    {
        var left = x(e.Date.First);
        var right = Math.Max(x(e.Date.Last.PlusDays(1)), left + 4);
        svg.WriteStartElement("g", Namespace);
        svg.WriteAttributeString("id", e.Id);
        svg.WriteAttributeString("class", "event " + Vocabulary.Word(e.Date.Precision));
        svg.WriteElementString("title", Namespace, $"{e.Id}: {e.Date} (known to the {Vocabulary.Word(e.Date.Precision)}); sources {e.Provenance.SourceIds}");
        Line(svg, left, AxisY, left, y, "#bbb");
        WriteClaims(svg, e, y, x);
        svg.WriteStartElement("rect", Namespace);
        Attribute(svg, "x", left);
        Attribute(svg, "y", y);
        Attribute(svg, "width", right - left);
        Attribute(svg, "height", BarHeight);
        svg.WriteAttributeString("fill", e.Date.Precision is DatePrecision.Day or DatePrecision.DayRange ? "#1f4e8c" : "url(#month-precision)");
        svg.WriteAttributeString("stroke", "#1f4e8c");
        svg.WriteEndElement();

        var place = FactTable.NameOrNull(e.Place, language) ?? e.Place.Id;
        var pillars = e.Pillars.IsEmpty ? "no pillar" : "pillars " + string.Join(", ", e.Pillars.Select(static p => p.Number.ToString()));
        var label = $"{e.Date} \u00b7 {FactTable.NameOrNull(e, language) ?? Describe(e)} \u00b7 {place} \u00b7 {pillars}";

        // Labels of late events run leftwards from the bar's end, so that they stay inside the picture.
        var rightward = left < Width * 0.55;
        Text(svg, rightward ? left : right, y + BarHeight + 13, rightward ? "start" : "end", label);
        svg.WriteEndElement();
    }

    private static void WriteClaims(XmlWriter svg, Event e, double y, Func<LocalDate, double> x)
    {
        // What a source says of the date, when it is not the date taken (the seed's months, for example): a dashed
        // outline over the whole claimed span, behind the bar, so that the picture shows both claims side by side.
        var drawn = new List<string>();
        foreach (var claim in e.Claims)
        {
            if (claim.Date is not { } date || date.Equals(e.Date))
            {
                continue;
            }

            var sources = string.Join(";", e.Claims.Where(c => date.Equals(c.Date)).SelectMany(static c => c.Provenance.Sources).Select(static s => s.Id).Distinct());
            var key = date + " " + sources;
            if (drawn.Contains(key))
            {
                continue;
            }

            drawn.Add(key);
            svg.WriteStartElement("rect", Namespace);
            svg.WriteAttributeString("class", "claim " + Vocabulary.Word(date.Precision));
            Attribute(svg, "x", x(date.First));
            Attribute(svg, "y", y - 3);
            Attribute(svg, "width", Math.Max(x(date.Last.PlusDays(1)) - x(date.First), 4));
            Attribute(svg, "height", BarHeight + 6);
            svg.WriteAttributeString("fill", "none");
            svg.WriteAttributeString("stroke", "#999");
            svg.WriteAttributeString("stroke-dasharray", "4 2");
            svg.WriteElementString("title", Namespace, $"{sources} says {date} (known to the {Vocabulary.Word(date.Precision)})");
            svg.WriteEndElement();
        }
    }

    private static string Describe(Event e) =>
        e.Ordinal is { } ordinal ? $"{Vocabulary.Word(e.Kind)} {ordinal.ToString(CultureInfo.InvariantCulture)}" : Vocabulary.Word(e.Kind);

    private static void Line(XmlWriter svg, double x1, double y1, double x2, double y2, string colour)
    {
        svg.WriteStartElement("line", Namespace);
        Attribute(svg, "x1", x1);
        Attribute(svg, "y1", y1);
        Attribute(svg, "x2", x2);
        Attribute(svg, "y2", y2);
        svg.WriteAttributeString("stroke", colour);
        svg.WriteEndElement();
    }

    private static void Text(XmlWriter svg, double x, double y, string anchor, string text)
    {
        svg.WriteStartElement("text", Namespace);
        Attribute(svg, "x", x);
        Attribute(svg, "y", y);
        svg.WriteAttributeString("text-anchor", anchor);
        svg.WriteString(text);
        svg.WriteEndElement();
    }

    private static void Attribute(XmlWriter svg, string name, double value) =>
        svg.WriteAttributeString(name, value.ToString("0.##", CultureInfo.InvariantCulture));
}
