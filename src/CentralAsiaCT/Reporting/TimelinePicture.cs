using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Xml;
using System;
using CentralAsiaCT.Building;
using CentralAsiaCT.Dating;
using NodaTime;

namespace CentralAsiaCT.Reporting;

/// <summary>Draws events on a time axis as SVG, with the BCL's XML writer so that any text stays well-formed.</summary>
internal static partial class TimelinePicture
{
    private const double Width = 1000;
    private const double Margin = 20;
    private const double AxisY = 40;
    private const double LaneHeight = 36;
    private const double BarHeight = 12;
    private const string Namespace = "http://www.w3.org/2000/svg";

    // Events more than this many days apart go to separate panels: the 2010-2011 consultation holds five events in
    // fifteen months, the years after one or two a year, and one axis for 2010-2022 would squeeze the first into a
    // tenth of the width. Each panel has its own axis by month; the reviews, one every two years, get one by year.
    private const int PanelGapDays = 366;
    private const double PanelTitleHeight = 22;
    private const double ReviewPanelHeight = 70;
    private const double HeaderHeight = 76;
    // The average advance of a character of 12 px sans-serif, to place texts one after another and keep them inside.
    private const double CharacterWidth = 6.3;

    private const string Title = "Timeline of the Strategy's reviews and of the Central Asia project";

    public static string Draw(ImmutableArray<Review> reviews, ImmutableArray<Event> events, ImmutableArray<Document> documents, string language)
    {
        var panels = Panels(events);
        var eventsHeight = panels.Sum(static p => PanelTitleHeight + (AxisY - 20) + (p.Count * LaneHeight) + 24);
        var height = Margin + HeaderHeight + (reviews.IsEmpty ? 0 : ReviewPanelHeight + PanelTitleHeight) + Math.Max(eventsHeight, LaneHeight) + Margin;

        var text = new StringBuilder();
        var settings = new XmlWriterSettings { OmitXmlDeclaration = true, Indent = true, NewLineChars = "\n" };
        using (var svg = XmlWriter.Create(text, settings))
        {
            svg.WriteStartElement("svg", Namespace);
            Attribute(svg, "width", Width);
            Attribute(svg, "height", height);
            svg.WriteAttributeString("viewBox", string.Format(CultureInfo.InvariantCulture, "0 0 {0} {1}", Width, height));
            svg.WriteAttributeString("font-family", "sans-serif");
            svg.WriteAttributeString("font-size", "12");
            svg.WriteAttributeString("role", "img");
            svg.WriteElementString("title", Namespace, Title);
            WriteHatching(svg);
            WriteHeader(svg);

            var top = Margin + HeaderHeight;
            if (!reviews.IsEmpty)
            {
                top = WriteReviews(svg, reviews, top);
            }

            if (events.IsEmpty)
            {
                Text(svg, Margin, top + PanelTitleHeight, "start", "No events in this edition.");
            }

            foreach (var panel in panels)
            {
                top = WritePanel(svg, panel, documents, language, top);
            }

            svg.WriteEndElement();
        }

        return text.ToString();
    }

    private static List<List<Event>> Panels(ImmutableArray<Event> events)
    {
        var panels = new List<List<Event>>();
        foreach (var e in events)
        {
            if (panels.Count == 0 || Period.Between(panels[^1][^1].Date.Last, e.Date.First, PeriodUnits.Days).Days > PanelGapDays)
            {
                panels.Add([]);
            }

            panels[^1].Add(e);
        }

        return panels;
    }

    private static double WritePanel(XmlWriter svg, List<Event> events, ImmutableArray<Document> documents, string language, double top)
    {
        var dates = events.SelectMany(static e => e.Claims.Select(static c => c.Date).Append(e.Date)).OfType<KnownDate>().ToList();
        var start = dates.Min(static d => d.First).With(DateAdjusters.StartOfMonth);
        var end = dates.Max(static d => d.Last).With(DateAdjusters.EndOfMonth).PlusDays(1);

        // At least six months wide: a lone event known to the month would otherwise fill the panel.
        end = LocalDate.Max(end, start.PlusMonths(6));
        var days = (double)Period.Between(start, end, PeriodUnits.Days).Days;
        double X(LocalDate day) => Margin + ((Width - (2 * Margin)) * Period.Between(start, day, PeriodUnits.Days).Days / days);

        svg.WriteStartElement("g", Namespace);
        svg.WriteAttributeString("class", "panel");
        var title = start.Year == end.PlusDays(-1).Year
            ? start.Year.ToString(CultureInfo.InvariantCulture)
            : string.Format(CultureInfo.InvariantCulture, "{0} to {1}", start.Year, end.PlusDays(-1).Year);
        Text(svg, Margin, top + 14, "start", title, bold: true);
        var axisY = top + PanelTitleHeight + (AxisY - 20);
        WriteAxis(svg, start, end, X, axisY);
        // Every leader line first, then the bars and labels over them: a later event's line drawn after an earlier
        // label struck through its words (D16).
        svg.WriteStartElement("g", Namespace);
        svg.WriteAttributeString("class", "leaders");
        for (var i = 0; i < events.Count; i++)
        {
            var left = X(events[i].Date.First);
            Line(svg, left, axisY, left, axisY + 24 + (i * LaneHeight), "#bbb");
        }

        svg.WriteEndElement();
        for (var i = 0; i < events.Count; i++)
        {
            var adopted = documents.Where(d => ReferenceEquals(d.AdoptedAt, events[i])).Select(static d => d.Id).ToList();
            WriteEvent(svg, events[i], adopted, language, axisY + 24 + (i * LaneHeight), axisY, X);
        }

        svg.WriteEndElement();
        return axisY + 24 + (events.Count * LaneHeight);
    }

    private static double WriteReviews(XmlWriter svg, ImmutableArray<Review> reviews, double top)
    {
        var first = reviews.Where(static r => r.AdoptedOn is not null).Select(static r => r.AdoptedOn!.First.Year).DefaultIfEmpty(2006).Min();
        var last = reviews.Where(static r => r.AdoptedOn is not null).Select(static r => r.AdoptedOn!.Last.Year).DefaultIfEmpty(2026).Max();
        var start = new LocalDate(Math.Min(first, 2006), 1, 1);
        var end = new LocalDate(last + 1, 1, 1);
        var days = (double)Period.Between(start, end, PeriodUnits.Days).Days;
        double X(LocalDate day) => Margin + ((Width - (2 * Margin)) * Period.Between(start, day, PeriodUnits.Days).Days / days);

        svg.WriteStartElement("g", Namespace);
        svg.WriteAttributeString("class", "panel reviews");
        Text(svg, Margin, top + 14, "start", "The Strategy's reviews by the General Assembly", bold: true);
        var axisY = top + PanelTitleHeight + 30;
        Line(svg, Margin, axisY, Width - Margin, axisY, "#333");
        for (var year = start; year < end; year = year.PlusYears(1))
        {
            Line(svg, X(year), axisY - 3, X(year), axisY + 3, "#333");
            if (year.Year % 2 == 0)
            {
                Text(svg, X(year) + 2, axisY + 16, "start", year.Year.ToString(CultureInfo.InvariantCulture));
            }
        }

        var undated = new List<string>();
        foreach (var review in reviews)
        {
            if (review.AdoptedOn is not { } date)
            {
                undated.Add(review.Ordinal.ToString(CultureInfo.InvariantCulture));
                continue;
            }

            svg.WriteStartElement("g", Namespace);
            svg.WriteAttributeString("id", review.Id);
            svg.WriteAttributeString("class", "review");
            svg.WriteElementString("title", Namespace, $"review {review.Ordinal}: {review.Symbol ?? "symbol not known"}, adopted {date}; sources {review.Provenance.SourceIds}");
            svg.WriteStartElement("circle", Namespace);
            Attribute(svg, "cx", X(date.First));
            Attribute(svg, "cy", axisY);
            Attribute(svg, "r", 5);
            svg.WriteAttributeString("fill", review.Provenance.Grade == Sourcing.Grade.A ? "#1f4e8c" : "#7a9cc6");
            svg.WriteEndElement();
            Text(svg, X(date.First), axisY - 9, "middle", review.Ordinal.ToString(CultureInfo.InvariantCulture));
            svg.WriteEndElement();
        }

        if (undated.Count > 0)
        {
            Text(svg, Width - Margin, top + 14, "end", $"no adoption date known for review {string.Join(", ", undated)}");
        }

        svg.WriteEndElement();
        return top + PanelTitleHeight + ReviewPanelHeight;
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

    private static void WriteAxis(XmlWriter svg, LocalDate start, LocalDate end, Func<LocalDate, double> x, double axisY)
    {
        Line(svg, Margin, axisY, Width - Margin, axisY, "#333");
        var months = Period.Between(start, end, PeriodUnits.Months).Months;
        var step = Math.Max(1, (int)Math.Ceiling(60 / ((Width - (2 * Margin)) / Math.Max(months, 1))));
        for (var month = start; month < end; month = month.PlusMonths(1))
        {
            var at = x(month);
            Line(svg, at, axisY - 4, at, axisY + 4, "#333");
            if (Period.Between(start, month, PeriodUnits.Months).Months % step == 0)
            {
                Text(svg, at + 2, axisY - 8, "start", month.ToString("uuuu-MM", CultureInfo.InvariantCulture));
            }
        }
    }

    private static void WriteEvent(XmlWriter svg, Event e, List<string> adoptedThere, string language, double y, double axisY, Func<LocalDate, double> x)
    {
        var left = x(e.Date.First);
        var right = Math.Max(x(e.Date.Last.PlusDays(1)), left + 4);
        svg.WriteStartElement("g", Namespace);
        svg.WriteAttributeString("id", e.Id);
        svg.WriteAttributeString("class", "event " + Vocabulary.Word(e.Date.Precision));
        svg.WriteElementString("title", Namespace, $"{e.Id}: {e.Date} (known to the {Vocabulary.Word(e.Date.Precision)}); sources {e.Provenance.SourceIds}");
        WriteClaims(svg, e, y, x);
        svg.WriteStartElement("rect", Namespace);
        Attribute(svg, "x", left);
        Attribute(svg, "y", y);
        Attribute(svg, "width", right - left);
        Attribute(svg, "height", BarHeight);
        svg.WriteAttributeString("fill", e.Date.Precision is DatePrecision.Day or DatePrecision.DayRange ? "#1f4e8c" : "url(#month-precision)");
        svg.WriteAttributeString("stroke", "#1f4e8c");
        svg.WriteEndElement();

        var place = e.Place is null ? "place not known" : FactTable.NameOrNull(e.Place, language) ?? e.Place.Id;
        var pillars = e.Pillars.IsEmpty ? "no pillar" : "pillars " + string.Join(", ", e.Pillars.Select(static p => p.Number.ToString()));
        // The plans and declarations a meeting adopted are what a reader looks for on the picture.
        var adopted = adoptedThere.Count == 0 ? string.Empty : " \u00b7 adopted " + string.Join(", ", adoptedThere);

        // N18: a launch says what it launched, where the data links it to a phase.
        if (e.Initiative is { Phase: { } phase } initiative && ReferenceEquals(initiative.Launch, e))
        {
            adopted += " \u00b7 launched phase " + phase.ToString(CultureInfo.InvariantCulture);
        }

        var name = FactTable.NameOrLabel(e, language);
        var rest = $" \u00b7 {place} \u00b7 {pillars}{adopted}";
        var head = $"{e.Date} \u00b7 ";

        // Labels of late events run leftwards from the bar's end, so that they stay inside the picture; one too long for
        // its side runs the other way, and one too long for either keeps its date, place and documents and shortens the
        // name (whole in the event's tooltip).
        var toRight = Width - Margin - left;
        var toLeft = right - Margin;
        var rightward = left < Width * 0.55;
        var needed = (head.Length + name.Length + rest.Length) * CharacterWidth;
        if (needed > (rightward ? toRight : toLeft))
        {
            rightward = toRight >= toLeft;
            var room = (int)((rightward ? toRight : toLeft) / CharacterWidth) - head.Length - rest.Length;
            if (name.Length > room)
            {
                name = name.Substring(0, Math.Max(8, room - 1)).TrimEnd() + "\u2026";
            }
        }

        Text(svg, rightward ? left : right, y + BarHeight + 13, rightward ? "start" : "end", head + name + rest, halo: true);
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

    private static void Text(XmlWriter svg, double x, double y, string anchor, string text, bool bold = false, bool halo = false)
    {
        svg.WriteStartElement("text", Namespace);
        Attribute(svg, "x", x);
        Attribute(svg, "y", y);
        svg.WriteAttributeString("text-anchor", anchor);
        if (halo)
        {
            // A white outline under the glyphs, so that no mark behind a label cuts through its letters.
            svg.WriteAttributeString("stroke", "#fff");
            svg.WriteAttributeString("stroke-width", "3");
            svg.WriteAttributeString("stroke-linejoin", "round");
            svg.WriteAttributeString("paint-order", "stroke");
        }

        if (bold)
        {
            svg.WriteAttributeString("font-weight", "bold");
        }

        svg.WriteString(text);
        svg.WriteEndElement();
    }

    private static void Attribute(XmlWriter svg, string name, double value) =>
        svg.WriteAttributeString(name, value.ToString("0.##", CultureInfo.InvariantCulture));
}
