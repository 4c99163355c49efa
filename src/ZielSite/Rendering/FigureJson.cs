using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace ZielSite.Rendering;

/// <summary>
/// Writes a plotly figure (<c>{"data":[…],"layout":{…}}</c>) directly as JSON: deterministic, no template,
/// German separators (<c>separators: ",."</c>), no fixed width. "&lt;", "&gt;", "&amp;" and quotes are written as
/// \u escapes, so the JSON can stand inside an HTML script element.
/// </summary>
public static class FigureJson
{
    private static readonly JsonWriterOptions Options = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        Indented = false,
    };

    /// <param name="valueFormat">d3 format of values, e.g. ",.1f" (percent) or ",.0f" (counts).</param>
    /// <param name="suffix">Unit after values on the axis and in the hover text, e.g. " %" or "".</param>
    public static string Write(IReadOnlyList<string> x, IReadOnlyList<ChartSeries> series, string yTitle, string valueFormat, string suffix)
    {
        var buffer = new ArrayBufferWriter<byte>(2048);
        using (var w = new Utf8JsonWriter(buffer, Options))
        {
            w.WriteStartObject();
            w.WriteStartArray("data");
            foreach (var s in series) WriteTrace(w, x, s, valueFormat, suffix);
            w.WriteEndArray();
            WriteLayout(w, yTitle, valueFormat, suffix);
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void WriteTrace(Utf8JsonWriter w, IReadOnlyList<string> x, ChartSeries s, string valueFormat, string suffix)
    {
        var (color, dash, symbol) = Look(s.Style);
        w.WriteStartObject();
        w.WriteString("type", "scatter");
        w.WriteString("mode", s.Style == ChartStyle.Target ? "lines" : "lines+markers");
        w.WriteString("name", s.Name);
        w.WriteStartArray("x");
        foreach (var label in x) w.WriteStringValue(label);
        w.WriteEndArray();
        w.WriteStartArray("y");
        foreach (var v in s.Values)
        {
            if (v is { } d && double.IsFinite(d)) w.WriteNumberValue(Math.Round(d, 3));
            else w.WriteNullValue();
        }
        w.WriteEndArray();
        w.WriteStartObject("line");
        w.WriteString("color", color);
        w.WriteString("dash", dash);
        w.WriteNumber("width", 2);
        w.WriteEndObject();
        w.WriteStartObject("marker");
        w.WriteString("symbol", symbol);
        w.WriteNumber("size", 7);
        w.WriteEndObject();
        w.WriteString("hovertemplate", "%{y:" + valueFormat + "}" + suffix + "<extra>" + s.Name + "</extra>");
        w.WriteEndObject();
    }

    private static void WriteLayout(Utf8JsonWriter w, string yTitle, string valueFormat, string suffix)
    {
        w.WriteStartObject("layout");
        w.WriteString("separators", ",.");
        w.WriteBoolean("autosize", true);
        w.WriteNumber("height", 340);
        w.WriteStartObject("margin");
        w.WriteNumber("l", 72); w.WriteNumber("r", 16); w.WriteNumber("t", 16); w.WriteNumber("b", 40);
        w.WriteEndObject();
        w.WriteStartObject("font");
        w.WriteString("family", "system-ui, -apple-system, \"Segoe UI\", Roboto, Arial, sans-serif");
        w.WriteNumber("size", 13);
        w.WriteString("color", "#1a1a1a");
        w.WriteEndObject();
        w.WriteString("paper_bgcolor", "#ffffff");
        w.WriteString("plot_bgcolor", "#ffffff");
        w.WriteString("hovermode", "x unified");
        w.WriteStartObject("legend");
        w.WriteString("orientation", "h");
        w.WriteNumber("y", -0.18);
        w.WriteEndObject();
        w.WriteStartObject("xaxis");
        w.WriteString("type", "category");
        w.WriteBoolean("fixedrange", true);
        w.WriteString("linecolor", "#595959");
        w.WriteEndObject();
        w.WriteStartObject("yaxis");
        w.WriteStartObject("title");
        w.WriteString("text", yTitle);
        w.WriteEndObject();
        w.WriteString("tickformat", valueFormat);
        w.WriteString("ticksuffix", suffix);
        w.WriteBoolean("fixedrange", true);
        w.WriteString("gridcolor", "#d9d9d9");
        w.WriteString("linecolor", "#595959");
        w.WriteEndObject();
        w.WriteEndObject();
    }

    /// <summary>Colours with at least 4.5:1 contrast on white, plus dash and marker so no line relies on colour.</summary>
    private static (string Color, string Dash, string Symbol) Look(ChartStyle style) => style switch
    {
        ChartStyle.Current => ("#1f4e79", "solid", "circle"),
        ChartStyle.Previous => ("#595959", "dash", "square"),
        ChartStyle.Target => ("#a63c00", "dot", "diamond"),
        ChartStyle.Women => ("#8e2469", "solid", "triangle-up"),
        ChartStyle.Men => ("#1f4e79", "dash", "circle"),
        _ => ("#3b6e22", "dashdot", "x"),
    };
}
