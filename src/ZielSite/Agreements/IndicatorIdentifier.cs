using System.Text.RegularExpressions;
using ZielSite.Text;

namespace ZielSite.Agreements;

/// <summary>
/// Finds which indicator (target key) a heading or target sentence is about: from explicit Kennzahl codes
/// ("K 2", "K2E4", "(K 3 = …)") and from the German names ("Integrationsquote der Alleinerziehenden",
/// "Bestand an Langzeitleistungsbeziehenden"), compared approximately on folded text.
/// </summary>
internal static partial class IndicatorIdentifier
{
    /// <summary>What a text names: a target key, a Kennzahl that is no target key (e.g. "k1e3"), or several.</summary>
    public readonly record struct Identification(string? Key, string? UnsupportedCode, bool Ambiguous);

    [GeneratedRegex(@"(?<![\p{L}\d])K\s?(?<k>[1-3])(?:\s?[Ee]\s?(?<e>[1-9]))?(?!\s?[.,]\s?\d|\d)")]
    private static partial Regex CodePattern();

    [GeneratedRegex(@"(?<!\p{L})LZB(?!\p{L})")]
    private static partial Regex LzbPattern();

    private sealed record Pattern(FuzzyPattern Folded, int Errors);

    private static Pattern P(string german, int errors = -1)
    {
        var f = GermanText.Fold(german);
        return new Pattern(new FuzzyPattern(f), errors >= 0 ? errors : Fuzzy.DefaultErrors(f.Length));
    }

    private static readonly Pattern Abstand = P("Abstand", 1);
    private static readonly Pattern Unterschied = P("Unterschied", 1);
    private static readonly Pattern Quote = P("Integrationsquote", 2);
    private static readonly Pattern Frauen = P("Frauen", 1);
    private static readonly Pattern Maenner = P("Männer", 1);
    private static readonly Pattern GenderGap = P("Gender Gap", 1);
    private static readonly Pattern Alleinerziehend = P("Alleinerziehend", 2);
    private static readonly Pattern Aktivierungsquote = P("Aktivierungsquote", 2);
    private static readonly Pattern Zugangsrate = P("Zugangsrate", 1);
    private static readonly Pattern Abgangsrate = P("Abgangsrate", 1);
    private static readonly Pattern Geringfuegig = P("geringfügig", 1);
    private static readonly Pattern Gefoerdert = P("öffentlich geförderte", 2);
    private static readonly Pattern Kontinuierlich = P("kontinuierliche Beschäftigung", 3);
    private static readonly Pattern Nachhaltigkeit = P("Nachhaltigkeit der Integration", 3);
    private static readonly Pattern Integrationen = P("Integrationen", 1);
    private static readonly Pattern Eingliederungen = P("Eingliederungen", 1);
    private static readonly Pattern Lzb = P("Langzeitleistungsbezieh", 3);
    private static readonly Pattern LzbShort = P("Langzeitbezieh", 2);
    private static readonly Pattern Lebensunterhalt = P("Lebensunterhalt", 2);
    private static readonly Pattern Unterkunft = P("Unterkunft und Heizung", 3);
    private static readonly Pattern UnterkunftShort = P("Kosten der Unterkunft", 3);
    private static readonly Pattern Elb = P("erwerbsfähigen Leistungsberechtigten", 4);
    private static readonly Pattern ElbSingular = P("erwerbsfähige Leistungsberechtigte", 4);

    private static bool Has(string folded, Pattern p) => Fuzzy.Contains(folded, p.Folded, p.Errors);

    /// <summary>The indicator named by <paramref name="text"/> (codes first, then names; see the class remarks).</summary>
    public static Identification Identify(string text)
    {
        var fromCode = FromCodes(text, out var unsupported, out bool codeAmbiguous);
        var fromName = FromNames(text);
        if (codeAmbiguous) return new(null, null, true);
        if (unsupported != null && fromName == null) return new(null, unsupported, false);
        if (fromCode == null) return new(fromName, null, false);
        if (fromName == null || fromName == fromCode) return new(fromCode, null, false);
        if (Refines(fromName, fromCode)) return new(fromName, null, false);
        if (Refines(fromCode, fromName)) return new(fromCode, null, false);
        return new(null, null, true);
    }

    /// <summary>True where <paramref name="specific"/> is a narrower indicator of the same family as <paramref name="general"/> (k2e4 of k2, k2_gap of k2, integrationen_lzb of integrationen; k3e1, the Integrationsquote of the LZB, of k2).</summary>
    public static bool Refines(string specific, string general) =>
        specific != general
        && (specific.StartsWith(general, StringComparison.Ordinal) || (general == TargetKeys.K2 && specific == TargetKeys.K3E1));

    private static string? FromCodes(string text, out string? unsupported, out bool ambiguous)
    {
        unsupported = null;
        ambiguous = false;
        string? key = null;
        foreach (Match m in CodePattern().Matches(text))
        {
            var code = "k" + m.Groups["k"].Value + (m.Groups["e"].Success ? "e" + m.Groups["e"].Value : "");
            if (!TargetKeys.IsKnown(code))
            {
                unsupported ??= code;
                continue;
            }
            if (key == null || Refines(code, key)) key = code;
            else if (key != code && !Refines(key, code)) ambiguous = true;
        }
        return key;
    }

    /// <summary>The key named in words, most specific rule first; null where no indicator is named.</summary>
    internal static string? FromNames(string text)
    {
        var f = GermanText.Fold(text);
        bool lzb = Has(f, Lzb) || Has(f, LzbShort) || LzbPattern().IsMatch(text);
        bool quote = Has(f, Quote);
        if ((Has(f, Abstand) || Has(f, Unterschied)) && (quote || Has(f, Frauen) || Has(f, Maenner))) return TargetKeys.K2Gap;
        if (Has(f, GenderGap)) return TargetKeys.K2Gap;
        if (Has(f, Alleinerziehend)) return TargetKeys.K2E4;
        if (Has(f, Aktivierungsquote)) return TargetKeys.K3E2;
        if (Has(f, Zugangsrate)) return lzb ? TargetKeys.K3E3 : null;
        if (Has(f, Abgangsrate)) return lzb ? TargetKeys.K3E4 : null;
        if (Has(f, Geringfuegig)) return TargetKeys.K2E1;
        if (Has(f, Gefoerdert)) return TargetKeys.K2E2;
        if (Has(f, Kontinuierlich) || Has(f, Nachhaltigkeit)) return TargetKeys.K2E3;
        if (quote) return lzb ? TargetKeys.K3E1 : TargetKeys.K2;
        if (Has(f, Integrationen) || Has(f, Eingliederungen)) return lzb ? TargetKeys.IntegrationenLzb : TargetKeys.Integrationen;
        if (lzb) return TargetKeys.K3;
        if (Has(f, Lebensunterhalt)) return TargetKeys.K1;
        if (Has(f, Unterkunft) || Has(f, UnterkunftShort)) return TargetKeys.K1E1;
        if (Has(f, Elb) || Has(f, ElbSingular)) return TargetKeys.K1E2;
        return null;
    }
}
