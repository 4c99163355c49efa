using System.Text;
using ZielSite.Diagnostics;
using ZielSite.Text;

namespace ZielSite.Inputs;

/// <summary>What a column of a wide table holds: the region (AGS or name), the month, a measure, or nothing to read.</summary>
internal enum ColumnRole
{
    Ignored,
    Ags,
    Name,
    Month,
    Measure,
}

/// <summary>The meaning of one column title: its role and, for <see cref="ColumnRole.Measure"/>, the measure.</summary>
internal readonly record struct ColumnMeaning(ColumnRole Role, Measure Measure = default)
{
    public override string ToString() => Role switch
    {
        ColumnRole.Measure => MeasureNames.Name(Measure),
        ColumnRole.Ags => "ags",
        ColumnRole.Name => "name",
        ColumnRole.Month => "month",
        _ => "-",
    };
}

/// <summary>
/// Maps the column titles of wide tables to their meaning. Titles are compared case-insensitively with
/// whitespace collapsed (line breaks in a header cell count as spaces) and a trailing unit in parentheses
/// ("(EUR)") dropped. Without <c>data/spalten.csv</c> the usual German titles and the measure names of
/// docs/contract.md map by themselves (<see cref="DefaultTitles"/>); <c>spalten.csv</c> adds titles or gives a
/// title another meaning (<c>-</c> for a column that is not to be read).
/// </summary>
internal sealed class ColumnMap
{
    public const string FileName = "spalten.csv";

    /// <summary>The titles that map without spalten.csv (normalised), in the order docs/data-formats.md lists them.</summary>
    public static readonly IReadOnlyList<(string Title, ColumnMeaning Meaning)> DefaultTitles = BuildDefaults();

    private readonly Dictionary<string, ColumnMeaning> _titles = new(StringComparer.Ordinal);

    public ColumnMap()
    {
        foreach (var (title, meaning) in DefaultTitles) _titles[title] = meaning;
    }

    public static ColumnMap Default { get; } = new();

    /// <summary>True when the title of a column has a meaning (possibly "ignored").</summary>
    public bool TryMap(string? title, out ColumnMeaning meaning)
    {
        meaning = default;
        if (title is null) return false;
        var key = Normalise(title);
        if (key.Length == 0) return false;
        if (_titles.TryGetValue(key, out meaning)) return true;
        var paren = key.LastIndexOf(" (", StringComparison.Ordinal);
        return key.EndsWith(')') && paren > 0 && _titles.TryGetValue(key[..paren], out meaning);
    }

    /// <summary>The known title closest to <paramref name="title"/> (for a hint), or null when none is close.</summary>
    public string? Closest(string title)
    {
        var key = Normalise(title);
        var max = Math.Max(2, key.Length / 3);
        string? best = null;
        var bestDistance = max + 1;
        foreach (var known in _titles.Keys.Order(StringComparer.Ordinal))
        {
            var d = Fuzzy.Distance(key, known, max);
            if (d < bestDistance) { best = known; bestDistance = d; }
        }
        return best is null ? null : $"{best} ({_titles[best]})";
    }

    /// <summary>Lower case, whitespace (also line breaks and no-break spaces) collapsed to one space, trimmed, ',' ':' '–' as spaces.</summary>
    public static string Normalise(string title)
    {
        var sb = new StringBuilder(title.Length);
        var space = false;
        foreach (var ch in title)
        {
            var c = ch is ',' or ':' or '–' or '—' ? ' ' : ch;
            if (char.IsWhiteSpace(c) || c == '\u00A0')
            {
                space = sb.Length > 0;
                continue;
            }
            if (space) sb.Append(' ');
            space = false;
            sb.Append(char.ToLowerInvariant(c));
        }
        return sb.ToString();
    }

    /// <summary>
    /// Reads <c>data/spalten.csv</c> (<c>spalte;measure</c>): each line maps a title to a measure name, to
    /// <c>ags</c>, <c>name</c> or <c>month</c>, or to <c>-</c> (not read). Errors name the line.
    /// </summary>
    public static ColumnMap Read(Stream content, string file, DiagnosticBag diagnostics)
    {
        var map = new ColumnMap();
        var own = new Dictionary<string, int>(StringComparer.Ordinal);
        using var reader = new CsvLineReader(content);
        Span<Range> storage = stackalloc Range[8];
        var fields = new CsvFields(storage);
        var header = false;
        while (reader.TryReadLine(out var line))
        {
            var n = reader.LineNumber;
            if (line.IsWhiteSpace()) continue;
            if (!fields.Split(line) || fields.Count != 2)
            {
                diagnostics.Error(DiagnosticCodes.ColumnMapInvalid, new SourceSpan(file, n),
                    header ? "expected two fields: a column title and a measure, separated by ';'" : "the first line must be the header spalte;measure");
                if (!header) return map;
                continue;
            }
            var title = Unquote(line[fields[0]]);
            var target = line[fields[1]].Trim().ToString().ToLowerInvariant();
            if (!header)
            {
                header = true;
                if (Normalise(title) == "spalte" && target == "measure") continue;
                diagnostics.Error(DiagnosticCodes.ColumnMapInvalid, new SourceSpan(file, n), "the first line must be the header spalte;measure");
                return map;
            }
            var key = Normalise(title);
            ColumnMeaning meaning;
            if (target is "ags") meaning = new(ColumnRole.Ags);
            else if (target is "name") meaning = new(ColumnRole.Name);
            else if (target is "month") meaning = new(ColumnRole.Month);
            else if (target is "-" or "") meaning = new(ColumnRole.Ignored);
            else if (MeasureNames.TryParse(target, out var m)) meaning = new(ColumnRole.Measure, m);
            else
            {
                diagnostics.Error(DiagnosticCodes.ColumnMapInvalid, new SourceSpan(file, n, fields.Column(line, 1)),
                    $"'{target}' is not a measure; expected one of {string.Join(", ", MeasureNames.All.Select(MeasureNames.Name))}, or ags, name, month, -");
                continue;
            }
            if (key.Length == 0)
            {
                diagnostics.Error(DiagnosticCodes.ColumnMapInvalid, new SourceSpan(file, n, 1), "the column title is empty");
                continue;
            }
            if (own.TryGetValue(key, out var first))
            {
                diagnostics.Error(DiagnosticCodes.ColumnMapInvalid, new SourceSpan(file, n, 1), $"the title '{title}' is mapped twice (first on line {first})");
                continue;
            }
            own[key] = n;
            map._titles[key] = meaning;
        }
        if (!header) diagnostics.Warning(DiagnosticCodes.ColumnMapInvalid, new SourceSpan(file), "the file is empty (expected the header spalte;measure)");
        return map;
    }

    private static string Unquote(ReadOnlySpan<char> field) => field.Trim().ToString().Replace("\"\"", "\"");

    private static IReadOnlyList<(string, ColumnMeaning)> BuildDefaults()
    {
        var list = new List<(string, ColumnMeaning)>();
        void Add(ColumnMeaning meaning, params string[] titles)
        {
            foreach (var t in titles) list.Add((Normalise(t), meaning));
        }
        Add(new(ColumnRole.Ags), "ags", "AGS", "Regionalschlüssel", "Regionalschluessel", "Kreisschlüssel", "Amtlicher Gemeindeschlüssel", "Schlüssel", "ARS");
        Add(new(ColumnRole.Name), "name", "Region", "Jobcenter", "Kreis", "Kreis / kreisfreie Stadt", "Kreisfreie Stadt / Kreis", "Gebietskörperschaft", "Träger", "Regionsname");
        Add(new(ColumnRole.Month), "month", "Monat", "Berichtsmonat", "Berichtszeitraum", "Datum", "Zeitraum");
        Add(M(Measure.Elb), "erwerbsfähige Leistungsberechtigte", "ELB", "erwerbsfähige Leistungsberechtigte insgesamt");
        Add(M(Measure.ElbF), "erwerbsfähige Leistungsberechtigte Frauen", "ELB Frauen", "ELB weiblich");
        Add(M(Measure.ElbM), "erwerbsfähige Leistungsberechtigte Männer", "ELB Männer", "ELB männlich");
        Add(M(Measure.Integrationen), "Integrationen", "Integrationen insgesamt");
        Add(M(Measure.IntegrationenF), "Integrationen Frauen", "Integrationen weiblich");
        Add(M(Measure.IntegrationenM), "Integrationen Männer", "Integrationen männlich");
        Add(M(Measure.Lzb), "Langzeitleistungsbeziehende", "LZB", "Langzeitleistungsbezieher");
        Add(M(Measure.Lzb4j), "Langzeitleistungsbeziehende 4 Jahre und länger", "LZB 4 Jahre und länger", "LZB 4 Jahre");
        Add(M(Measure.IntegrationenLzb), "Integrationen von Langzeitleistungsbeziehenden", "Integrationen LZB");
        Add(M(Measure.IntegrationenNachhaltig), "nachhaltige Integrationen", "Integrationen nachhaltig");
        Add(M(Measure.IntegrationenBedarfsdeckend), "bedarfsdeckende Integrationen", "Integrationen bedarfsdeckend");
        Add(M(Measure.Llu), "Leistungen zum Lebensunterhalt");
        Add(M(Measure.Kdu), "Leistungen für Unterkunft und Heizung", "Kosten der Unterkunft und Heizung", "Kosten der Unterkunft");
        Add(M(Measure.Bg), "Bedarfsgemeinschaften", "BG", "Anzahl Bedarfsgemeinschaften");
        foreach (var m in MeasureNames.All) Add(M(m), MeasureNames.Name(m));
        return list;

        static ColumnMeaning M(Measure m) => new(ColumnRole.Measure, m);
    }
}
