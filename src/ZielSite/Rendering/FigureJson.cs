using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ZielSite.Output;
using System.Text.Unicode;

namespace ZielSite.Rendering;

/// <summary>
/// Writes a plotly figure (<c>{"data":[…],"layout":{…}}</c>) directly as JSON: deterministic, no template,
/// German separators (<c>separators: ",."</c>), no fixed width. "&lt;", "&gt;", "&amp;" and quotes are written as
/// \u escapes, so the JSON can stand inside an HTML script element.
/// </summary>
internal static class FigureJson
{
    private static JsonWriterOptions Options => JsonFormats.Embedded;

    /// <summary>
    /// A text for plotly, which reads its texts (trace names, titles, hover templates) as small HTML and draws
    /// <c>&lt;a href&gt;</c>, <c>&lt;b&gt;</c>, <c>&lt;span style&gt;</c> as such: a region name or total_name is text,
    /// so &amp;, &lt; and &gt; become entities plotly shows as the characters.
    /// </summary>
    internal static string PlotlyText(string s) =>
        s.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);

    public static string Write(FigureSpec f)
    {
        var buffer = new ArrayBufferWriter<byte>(2048);
        using (var w = new Utf8JsonWriter(buffer, Options))
        {
            w.WriteStartObject();
            w.WriteStartArray("data");
            // A target path first, so that it lies under the lines: wide enough to show beside a line drawn on it
            // (a 0 % target's path is last year's line), never hidden under it.
            foreach (var s in f.Series.Where(s => s.Style == ChartStyle.Target)) WriteTrace(w, f.X, s, f.ValueFormat, f.Suffix);
            foreach (var s in f.Series.Where(s => s.Style != ChartStyle.Target)) WriteTrace(w, f.X, s, f.ValueFormat, f.Suffix);
            w.WriteEndArray();
            WriteLayout(w, f);
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void WriteTrace(Utf8JsonWriter w, IReadOnlyList<string> x, ChartSeries s, string valueFormat, string suffix)
    {
        var (color, dash, symbol) = Look(s.Style);
        w.WriteStartObject();
        w.WriteString("type", "scatter");
        w.WriteString("mode", s.Style is ChartStyle.Target or ChartStyle.TargetWomen or ChartStyle.TargetMen ? "lines" : "lines+markers");
        w.WriteString("name", PlotlyText(s.Name));
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
        w.WriteNumber("width", s.Style switch { ChartStyle.Target => 8, ChartStyle.Current => 3, _ => 2 });
        w.WriteEndObject();
        w.WriteStartObject("marker");
        w.WriteString("symbol", symbol);
        w.WriteNumber("size", 7);
        w.WriteEndObject();
        w.WriteString("hovertemplate", "%{y:" + valueFormat + "}" + suffix + "<extra>" + PlotlyText(s.Name).Replace("%{", "%\u200B{", StringComparison.Ordinal) + "</extra>");
        w.WriteEndObject();
    }

    /// <summary>
    /// Legend above the plot (never over the ticks), automargins so no tick label is clipped, horizontal tick labels
    /// (plotly thins them out on a narrow screen), a date axis with one tick per year where <see cref="FigureSpec.DateAxis"/>.
    /// </summary>
    private static void WriteLayout(Utf8JsonWriter w, FigureSpec f)
    {
        w.WriteStartObject("layout");
        w.WriteString("separators", ",.");
        w.WriteBoolean("autosize", true);
        w.WriteNumber("height", 320);
        w.WriteStartObject("margin");
        w.WriteNumber("l", 8); w.WriteNumber("r", 12); w.WriteNumber("t", 8); w.WriteNumber("b", 8);
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
        w.WriteNumber("x", 0);
        w.WriteString("xanchor", "left");
        w.WriteNumber("y", 1.02);
        w.WriteString("yanchor", "bottom");
        w.WriteEndObject();
        w.WriteStartObject("xaxis");
        if (f.DateAxis)
        {
            w.WriteString("type", "date");
            w.WriteString("dtick", "M12");
            w.WriteString("tickformat", "%Y");
            w.WriteString("hoverformat", "%m/%Y");
        }
        else w.WriteString("type", "category");
        w.WriteNumber("tickangle", 0);
        w.WriteBoolean("automargin", true);
        w.WriteBoolean("fixedrange", true);
        w.WriteString("linecolor", "#595959");
        w.WriteEndObject();
        w.WriteStartObject("yaxis");
        if (f.YTitle.Length > 0)
        {
            w.WriteStartObject("title");
            w.WriteString("text", PlotlyText(f.YTitle));
            w.WriteEndObject();
        }
        w.WriteString("tickformat", f.TickFormat);
        w.WriteString("ticksuffix", f.Suffix);
        // Every axis holds zero: a change of +0,5 % is not blown up to fill the chart.
        w.WriteString("rangemode", "tozero");
        w.WriteBoolean("zeroline", true);
        w.WriteString("zerolinecolor", "#595959");
        w.WriteBoolean("automargin", true);
        w.WriteBoolean("fixedrange", true);
        w.WriteString("gridcolor", "#d9d9d9");
        w.WriteString("linecolor", "#595959");
        w.WriteEndObject();
        w.WriteEndObject();
    }

    /// <summary>
    /// Colours with at least 4.5:1 contrast on white (the target path, a wide band under the lines, at least 3:1), plus
    /// dash, width and marker so no line relies on colour.
    /// </summary>
    private static (string Color, string Dash, string Symbol) Look(ChartStyle style) => style switch
    {
        ChartStyle.Current => ("#1f4e79", "solid", "circle"),
        ChartStyle.Previous => ("#595959", "dash", "triangle-down"),
        ChartStyle.Target => ("#c8641e", "solid", "diamond"),
        ChartStyle.Women => ("#8e2469", "solid", "triangle-up"),
        ChartStyle.Men => ("#00695c", "dash", "square"),
        ChartStyle.TargetWomen => ("#8e2469", "longdash", "triangle-up"),
        ChartStyle.TargetMen => ("#00695c", "longdashdot", "square"),
        _ => ("#3b6e22", "dashdot", "x"),
    };
}

/// <summary>
/// What <see cref="FigureJson.Write(FigureSpec)"/> draws: x positions (category labels, or ISO dates for a date axis),
/// the series, the y-axis title (empty: none, the unit is on the ticks), d3 formats of the ticks and of the values in
/// the hover text, and the unit after them (" %", " Mio. €" or "").
/// </summary>
internal sealed record FigureSpec(IReadOnlyList<string> X, bool DateAxis, IReadOnlyList<ChartSeries> Series, string YTitle,
    string TickFormat, string ValueFormat, string Suffix);
