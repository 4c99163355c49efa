using System.Globalization;
using System.Reflection;
using Scriban.Runtime;
using ZielSite.Inputs;
using ZielSite.Wording;

namespace ZielSite.Templates;

/// <summary>
/// Functions every template can call: German number and date formatting (<see cref="GermanFormat"/>) and the
/// grammar of region names (<see cref="RegionGrammar"/>), e.g. <c>{{ region | genitiv }}</c>,
/// <c>{{ 12.6 | fmt_percent }}</c>. A null number formats as "–".
/// </summary>
internal static class TemplateFunctions
{
    /// <summary>The text shown for a value that is missing.</summary>
    public const string Missing = GermanFormat.Missing;

    /// <summary>A read-only script object with the functions below (snake_case names).</summary>
    public static ScriptObject Create()
    {
        var so = new ScriptObject();
        so.Import(typeof(TemplateFunctions), ScriptMemberImportFlags.Method,
            m => m is MethodInfo { IsStatic: true } mi && mi.Name != nameof(Create) && mi.DeclaringType == typeof(TemplateFunctions));
        so.IsReadOnly = true;
        return so;
    }

    public static string FmtNumber(object? value, int decimals = 1) => ToDouble(value) is { } d ? GermanFormat.Number(d, decimals) : Missing;
    public static string FmtInt(object? value) => ToDouble(value) is { } d ? GermanFormat.Integer(d) : Missing;
    public static string FmtSigned(object? value, int decimals = 1) => ToDouble(value) is { } d ? GermanFormat.Signed(d, decimals) : Missing;
    public static string FmtPercent(object? value, int decimals = 1) => ToDouble(value) is { } d ? GermanFormat.Percent(d, decimals) : Missing;
    public static string FmtSignedPercent(object? value) => ToDouble(value) is { } d ? GermanFormat.SignedPercent(d) : Missing;
    public static string FmtPoints(object? value) => ToDouble(value) is { } d ? GermanFormat.SignedPoints(d) : Missing;
    public static string FmtEuro(object? value) => ToDouble(value) is { } d ? GermanFormat.Euro(d) : Missing;
    public static string FmtChange(object? value, string unit) => ToDouble(value) is { } d ? GermanFormat.Change(d, unit) : Missing;

    /// <summary>Size of a change without its sign, for sentences that say the direction in words ("stieg um 13,1 %").</summary>
    public static string FmtAbsChange(object? value, string unit) =>
        ToDouble(value) is { } d ? GermanFormat.Number(Math.Abs(d)) + GermanFormat.UnitSpace + (unit == "pp" ? "Prozentpunkte" : "%") : Missing;

    public static string FmtThreshold(string op, object? value, string unit) =>
        ToDouble(value) is { } d ? GermanFormat.Threshold(op, d, unit) : Missing;

    public static string MonthName(int month) => GermanFormat.MonthName(month);
    public static string MonthShort(int month) => GermanFormat.MonthShort(month);
    public static string MonthYear(int year, int month) => GermanFormat.MonthYear(year, month);
    public static string MonthRange(int month) => GermanFormat.MonthRange(month);

    /// <summary>Direction of a change rounded to one decimal, as a verb in the past: "stieg", "sank", "blieb gleich".</summary>
    public static string VerbChange(object? value) => ToDouble(value) is { } d
        ? GermanFormat.Round(d, 1) switch { > 0 => "stieg", < 0 => "sank", _ => "blieb" }
        : "";

    /// <summary>"stieg um 13,1 %", "sank um 0,2 Prozentpunkte", "blieb unverändert" (direction after rounding to one decimal).</summary>
    public static string ChangePhrase(object? value, string unit) => ToDouble(value) is { } d
        ? GermanFormat.Round(d, 1) switch
        {
            > 0 => "stieg um " + FmtAbsChange(d, unit),
            < 0 => "sank um " + FmtAbsChange(d, unit),
            _ => "blieb unverändert",
        }
        : "";

    public static string Nominativ(object region) => Grammar(region, RegionGrammar.Nominative);
    public static string Akkusativ(object region) => Grammar(region, RegionGrammar.Accusative);
    public static string Genitiv(object region) => Grammar(region, RegionGrammar.Genitive);
    public static string Dativ(object region) => Grammar(region, RegionGrammar.Dative);
    public static string Lokativ(object region) => Grammar(region, RegionGrammar.Locative);

    /// <summary>The pronoun for the region in the next sentence: "er" (der Kreis Borken), "sie" (die Stadt Essen).</summary>
    public static string Pronomen(object region) => Grammar(region, RegionGrammar.Pronoun);

    /// <summary>German enumeration: ["A", "B", "C"] → "A, B und C"; one item → itself; none → "".</summary>
    public static string Aufzaehlung(IEnumerable<object?>? items)
    {
        var list = (items ?? []).Select(i => i?.ToString() ?? "").Where(i => i.Length > 0).ToList();
        return list.Count switch
        {
            0 => "",
            1 => list[0],
            _ => string.Join(", ", list.Take(list.Count - 1)) + " und " + list[^1],
        };
    }

    /// <summary>Percent-encodes each segment of a relative path ("quellen/2023/Kreis Borken.txt" → "quellen/2023/Kreis%20Borken.txt").</summary>
    public static string UrlPath(string path) => string.Join('/', path.Split('/').Select(Uri.EscapeDataString));

    /// <summary>First letter upper case ("der Kreis Borken" → "Der Kreis Borken").</summary>
    public static string Satzanfang(string text) =>
        string.IsNullOrEmpty(text) ? "" : char.ToUpperInvariant(text[0]) + text[1..];

    private static string Grammar(object region, Func<string, RegionKind, string> phrase) => region switch
    {
        Region r => phrase(r.Name, r.Kind),
        string s => phrase(s, RegionKind.Kreis),
        _ => "",
    };

    internal static double? ToDouble(object? value) => value switch
    {
        null => null,
        double d => double.IsFinite(d) ? d : null,
        float f => f,
        int i => i,
        long l => l,
        decimal m => (double)m,
        IConvertible c => c.ToDouble(CultureInfo.InvariantCulture),
        _ => null,
    };
}
