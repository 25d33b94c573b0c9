using System.Text;

namespace CentralAsiaCT.Reporting;

/// <summary>Text placed in Markdown so that it reads as itself, never as markup.</summary>
internal static class MarkdownText
{
    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text.Replace("\r\n", "\n"))
        {
            switch (c)
            {
                // A table cell cannot hold a line break; a loaded data package might put one there.
                case '\r' or '\n':
                    escaped.Append(' ');
                    break;
                case '\\' or '|' or '*' or '_' or '`' or '[' or ']' or '<' or '>' or '&' or '~':
                    escaped.Append('\\').Append(c);
                    break;
                default:
                    escaped.Append(c);
                    break;
            }
        }

        return escaped.ToString();
    }
}
