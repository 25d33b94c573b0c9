using System.Xml;

namespace CentralAsiaCT.Reporting;

// The picture's header: its title, its legend and the hatching that marks a date known only to the month.
internal static partial class TimelinePicture
{
    // The picture's title and what each mark means, drawn in the picture itself, so that it reads alone (pasted into
    // a slide or a paper) as well as in the report.
    private static void WriteHeader(XmlWriter svg)
    {
        svg.WriteStartElement("g", Namespace);
        svg.WriteAttributeString("class", "legend");
        svg.WriteStartElement("text", Namespace);
        Attribute(svg, "x", Margin);
        Attribute(svg, "y", Margin + 4);
        svg.WriteAttributeString("font-size", "16");
        svg.WriteAttributeString("font-weight", "bold");
        svg.WriteString(Title);
        svg.WriteEndElement();

        // Each entry is placed after the text of the one before, estimated at CharacterWidth a character: SVG has no flow
        // layout, and measuring text would need the font.
        var y = Margin + 24;
        var x = Margin;
        void Mark(string fill, string? dash, string text, double width = 24)
        {
            svg.WriteStartElement("rect", Namespace);
            svg.WriteAttributeString("class", "legend-mark");
            Attribute(svg, "x", x);
            Attribute(svg, "y", y);
            Attribute(svg, "width", width);
            Attribute(svg, "height", BarHeight);
            svg.WriteAttributeString("fill", fill);
            svg.WriteAttributeString("stroke", dash is null ? "#1f4e8c" : "#999");
            if (dash is not null)
            {
                svg.WriteAttributeString("stroke-dasharray", dash);
            }

            svg.WriteEndElement();
            Text(svg, x + width + 6, y + 10, "start", text);
            // N18: a gap of 24 after the text, whose width is only estimated, so that it never touches the next mark.
            x += width + 24 + (text.Length * CharacterWidth);
        }

        void Dot(string fill, string text)
        {
            svg.WriteStartElement("circle", Namespace);
            svg.WriteAttributeString("class", "legend-mark");
            Attribute(svg, "cx", x + 5);
            Attribute(svg, "cy", y + 6);
            Attribute(svg, "r", 5);
            svg.WriteAttributeString("fill", fill);
            svg.WriteEndElement();
            Text(svg, x + 16, y + 10, "start", text);
            x += 40 + (text.Length * CharacterWidth);
        }

        Mark("#1f4e8c", null, "date known to the day");
        Mark("url(#month-precision)", null, "known to the month only");
        Mark("none", "4 2", "another date a source gives (not taken)");
        y += 18;
        x = Margin;
        Dot("#1f4e8c", "review, grade A (an official page, or two sources that agree)");
        Dot("#7a9cc6", "review, grade B (one secondary source)");
        y += 18;
        Text(svg, Margin, y + 10, "start", "[expert meeting 2]: a label (kind and ordinal) where no source names the event");
        svg.WriteEndElement();
    }
}
