using System.Text.Encodings.Web;
using System.Text.Json;

namespace CentralAsiaCT.Reporting;

/// <summary>How every JSON text of the library is written.</summary>
internal static class JsonOutput
{
    // Letters of every script and quotes stay readable (Бишкек, not escaped code points). The relaxed encoder is safe
    // here: these documents are files and command-line output, never inlined into an HTML page or a script.
    public static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
