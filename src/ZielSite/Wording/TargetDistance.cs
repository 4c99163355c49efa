using ZielSite.Agreements;
using ZielSite.Indicators;

namespace ZielSite.Wording;

/// <summary>
/// By how much a target is beaten (+) or missed (−): the distance between the Ist-Wert and the Zielwert, both rounded
/// as shown, signed so that a positive distance is on the good side of the target whatever its direction
/// ("mindestens": Ist − Ziel; "höchstens": Ziel − Ist). A distance between two percentages is in Prozentpunkte
/// ("−0,1 Pkt."), one between two counts a number ("−120"). One rule for the overview, the region page and the method.
/// </summary>
internal static class TargetDistance
{
    /// <summary>The signed distance of a verdict's compared value (or its actual value) to its target; null without a value.</summary>
    public static double? Of(Verdict v)
    {
        if ((v.Compared ?? v.Actual) is not { } actual || !double.IsFinite(actual)) return null;
        var decimals = Decimals(v.Target);
        var a = GermanFormat.Round(actual, decimals);
        var t = GermanFormat.Round(v.Target.Value, decimals);
        var d = GermanFormat.Round(v.Target.Operator == "<=" ? t - a : a - t, decimals);
        return d == 0 ? 0 : d; // no "−0,0"
    }

    /// <summary>"+0,4 Pkt.", "−0,1 Pkt.", "±0,0 Pkt." (exactly on the target), "−120" (a count); "–" without a value.</summary>
    public static string Text(Verdict v) => Of(v) is not { } d
        ? GermanFormat.Missing
        : (d == 0 ? "±" + GermanFormat.Number(0, Decimals(v.Target)) : GermanFormat.Signed(d, Decimals(v.Target)))
          + (v.Target.Unit == "count" ? "" : GermanFormat.UnitSpace + "Pkt.");

    /// <summary>
    /// The size of the distance in words, for a sentence that says its direction itself ("es fehlten 2,0 Prozentpunkte"):
    /// "2,0 Prozentpunkte", "14 Integrationen" (a count, with the noun of its key), "weniger als 0,1 Prozentpunkte" where
    /// it rounds to zero; "–" without a value. The same number as <see cref="Text"/>, without its sign.
    /// </summary>
    public static string Words(Verdict v)
    {
        if (Of(v) is not { } d) return GermanFormat.Missing;
        var count = v.Target.Unit == "count";
        var unit = count ? " " + IndicatorLabels.CountNoun(v.Target.Key) : GermanFormat.UnitSpace + "Prozentpunkte";
        if (d == 0) return "weniger als " + (count ? "1" : GermanFormat.Number(0.1)) + unit;
        return GermanFormat.Number(Math.Abs(d), Decimals(v.Target)) + unit;
    }

    /// <summary>The short threshold of a cell: "≥ +12,7 %", "≤ −5,2 %", "≥ 15,9 %" (a level), "≥ 612" (a count level).</summary>
    public static string Threshold(Target t) =>
        (t.Operator == ">=" ? "≥ " : "≤ ") + GermanFormat.TargetValue(t, t.Value);

    private static int Decimals(Target t) => t.Unit == "count" ? 0 : 1;
}
