using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace ZielSite.Output;

/// <summary>
/// The two ways ZielSite writes JSON, for every writer of the program: <see cref="Readable"/> for files and output
/// people read (<c>parse --json</c>, <c>indicators --json</c>, <c>daten/ergebnisse.json</c>, a sample's provenance),
/// <see cref="Embedded"/> for JSON that a page carries or loads (figures, maps, <c>daten.json</c>).
/// </summary>
public static class JsonFormats
{
    /// <summary>Indented, "\n" line ends, umlauts and "€" as they are.</summary>
    public static JsonWriterOptions Readable { get; } = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>
    /// Compact; markup characters escaped (<c>\u003C</c>), so the JSON can stand inside an HTML script element and a
    /// region name never reaches a browser as markup, whatever opens the file.
    /// </summary>
    public static JsonWriterOptions Embedded { get; } = new()
    {
        Indented = false,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };
}
