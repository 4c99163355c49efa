using ZielSite.Wording;
using System.Text.RegularExpressions;

namespace ZielSite.Publishing;

public static partial class YearArchiver
{
    /// <summary>
    /// The edition paragraph: "Archivierte Fassung: Stand Dezember 2023, Ausgabe 15. März 2024" (without the
    /// Stand part where it is not known).
    /// </summary>
    public static string EditionLine((int Month, int Year)? stand, DateOnly edition)
    {
        var text = stand is { } s
            ? $"Archivierte Fassung: Stand {GermanFormat.MonthYear(s.Year, s.Month)}, Ausgabe {GermanFormat.Date(edition)}"
            : $"Archivierte Fassung: Ausgabe {GermanFormat.Date(edition)}";
        return $"<p class=\"archive-edition\" data-zielsite-edition=\"{edition.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}\">{Escape(text)}</p>";
    }

    /// <summary>
    /// Puts <paramref name="line"/> into a page: in place of <see cref="EditionMarker"/>; else after the first
    /// <c>&lt;/h1&gt;</c> inside main; else right after <c>&lt;main …&gt;</c>; else right after <c>&lt;body …&gt;</c>.
    /// Null when the page has none of these. Only a main after the opening body tag counts, so a "&lt;main" in the
    /// head (e.g. in a script) is not taken for it.
    /// </summary>
    public static string? InsertEdition(string html, string line)
    {
        var marker = html.IndexOf(EditionMarker, StringComparison.Ordinal);
        if (marker >= 0) return string.Concat(html.AsSpan(0, marker), line, html.AsSpan(marker + EditionMarker.Length));
        var body = BodyRegex().Match(html);
        var from = body.Success ? body.Index + body.Length : 0;
        var main = MainRegex().Match(html, from);
        if (main.Success)
        {
            var mainEnd = html.IndexOf("</main", main.Index, StringComparison.OrdinalIgnoreCase);
            var h1 = H1EndRegex().Match(html, main.Index + main.Length);
            if (h1.Success && (mainEnd < 0 || h1.Index < mainEnd)) return Insert(html, h1.Index + h1.Length, line);
            return Insert(html, main.Index + main.Length, line);
        }
        return body.Success ? Insert(html, body.Index + body.Length, line) : null;
    }

    /// <summary>The Stand of an archived page: its region's Stand for <c>&lt;year&gt;/&lt;slug&gt;/…</c>, else the year's latest Stand.</summary>
    private static (int Month, int Year)? Stand(ResultsDocument? results, int year, string path)
    {
        if (results is null) return null;
        var inYear = results.Results.Where(r => r.Year == year).ToList();
        if (inYear.Count == 0) return null;
        var segments = path.Split('/');
        var region = segments.Length > 2 ? inYear.FirstOrDefault(r => r.Slug == segments[1]) : null;
        return ((region?.Month) ?? inYear.Max(r => r.Month), year);
    }

    /// <summary>HTML text escaping that keeps umlauts as they are (WebUtility would write "&amp;#228;").</summary>
    private static string Escape(string text) => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");

    private static string Insert(string html, int at, string line) => string.Concat(html.AsSpan(0, at), line, html.AsSpan(at));

    [GeneratedRegex(@"<body\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex BodyRegex();

    [GeneratedRegex(@"<main\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex MainRegex();

    [GeneratedRegex(@"</h1\s*>", RegexOptions.IgnoreCase)]
    private static partial Regex H1EndRegex();
}
