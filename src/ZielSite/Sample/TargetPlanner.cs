using System.Globalization;
using ZielSite.Agreements;

namespace ZielSite.Sample;

/// <summary>
/// Chooses the five targets of a generated agreement (the kinds of the real Kreis Borken 2023 agreement) with
/// plausible values and one of the phrasings of docs/kennzahlen.md §2. Kreis Borken 2023 gets the real targets.
/// </summary>
internal static class TargetPlanner
{
    private static readonly IReadOnlyList<TargetPlan> Borken2023 =
    [
        new(TargetKeys.Integrationen, ">=", 12.6,
            "Das Ziel ist für 2023 erreicht, wenn sich die absolute Zahl der Integrationen um mindestens 12,6 Prozent gegenüber dem Vorjahr erhöht."),
        new(TargetKeys.K2, ">=", 0.0,
            "Das Ziel ist erreicht, wenn die Integrationsquote 2023 gegenüber dem Vorjahr gleichbleibt (K 2 = 0 Prozent)."),
        new(TargetKeys.K2Gap, "<=", 0.0,
            "Das Ziel ist erreicht, wenn der Abstand der Integrationsquoten von Frauen und Männern in 2023 gegenüber dem Vorjahr gleichbleibt."),
        new(TargetKeys.K3, "<=", -5.2,
            "Das Ziel ist für 2023 erreicht, wenn der durchschnittliche Bestand an Langzeitleistungsbeziehenden um mindestens 5,2 Prozent gegenüber dem Vorjahr sinkt (K 3 = - 5,2 Prozent)."),
        new(TargetKeys.IntegrationenLzb, ">=", 6.6,
            "Das Ziel ist für 2023 erreicht, wenn die absolute Zahl der Integrationen von Langzeitleistungsbeziehenden um mindestens 6,6 Prozent über der von 2022 liegt."),
    ];

    /// <summary>True for Kreis Borken 2023, whose targets (and wording) are the real agreement's.</summary>
    public static bool IsReal(SampleRegion region, int year) => region.Ags == "05554" && year == 2023;

    public static IReadOnlyList<TargetPlan> Plan(SampleRegion region, int year, int seed)
    {
        if (IsReal(region, year)) return Borken2023;
        var rng = SampleRandom.For(seed, region.Index, year, (long)SampleStream.Targets);
        return [Integrationen(ref rng, year), K2(ref rng, year), Gap(ref rng, year), K3(ref rng, year), IntegrationenLzb(ref rng, year)];
    }

    private static TargetPlan Integrationen(ref SampleRandom rng, int year)
    {
        var t = Tenths(ref rng, 20, 130);
        var x = Number(t);
        var s = Choose(ref rng, 4, 2, 2, 1) switch
        {
            0 => $"Das Ziel ist für {year} erreicht, wenn sich die absolute Zahl der Integrationen um mindestens {x} Prozent gegenüber dem Vorjahr erhöht.",
            1 => $"Das Ziel ist für {year} erreicht, wenn die absolute Zahl der Integrationen gegenüber dem Vorjahr um mindestens {x} Prozent steigt.",
            2 => $"Das Ziel ist für {year} erreicht, wenn die absolute Zahl der Integrationen um mindestens {x} Prozent über der von {year - 1} liegt.",
            _ => $"Das Ziel ist für {year} erreicht, wenn sich die absolute Zahl der Integrationen gegenüber dem Vorjahr um {x} Prozent erhöht.",
        };
        return new(TargetKeys.Integrationen, ">=", t / 10.0, s);
    }

    private static TargetPlan K2(ref SampleRandom rng, int year)
    {
        // Where the national trend falls, some agreements only limit the decline.
        var falling = MacroTrend.K2Factor(year) < MacroTrend.K2Factor(year - 1);
        var t = Tenths(ref rng, 5, 30);
        var x = Number(t);
        var lead = $"Das Ziel ist erreicht, wenn die Integrationsquote {year} gegenüber dem Vorjahr";
        return Choose(ref rng, 4, 1, 3, 2, falling ? 3 : 0) switch
        {
            0 => new(TargetKeys.K2, ">=", 0.0, $"{lead} gleichbleibt (K 2 = 0 Prozent)."),
            1 => new(TargetKeys.K2, ">=", 0.0, $"{lead} gleich bleibt."),
            2 => new(TargetKeys.K2, ">=", t / 10.0,
                $"Das Ziel ist erreicht, wenn sich die Integrationsquote {year} gegenüber dem Vorjahr um mindestens {x} Prozent erhöht (K 2 = {x} Prozent)."),
            3 => new(TargetKeys.K2, ">=", t / 10.0, $"{lead} um mindestens {x} Prozent steigt."),
            _ => new(TargetKeys.K2, ">=", -t / 10.0, $"{lead} um nicht mehr als {x} Prozent sinkt."),
        };
    }

    private static TargetPlan Gap(ref SampleRandom rng, int year)
    {
        var t = Tenths(ref rng, 1, 10);
        var x = Number(t);
        return Choose(ref rng, 4, 3, 1) switch
        {
            0 => new(TargetKeys.K2Gap, "<=", 0.0,
                $"Das Ziel ist erreicht, wenn der Abstand der Integrationsquoten von Frauen und Männern in {year} gegenüber dem Vorjahr gleichbleibt."),
            1 => new(TargetKeys.K2Gap, "<=", -t / 10.0,
                $"Das Ziel ist erreicht, wenn sich der Abstand der Integrationsquoten von Frauen und Männern in {year} gegenüber dem Vorjahr um mindestens {x} Prozentpunkte verringert."),
            _ => new(TargetKeys.K2Gap, "<=", 0.0,
                $"Das Ziel ist erreicht, wenn der Abstand der Integrationsquoten von Frauen und Männern in {year} gegenüber dem Vorjahr nicht steigt."),
        };
    }

    private static TargetPlan K3(ref SampleRandom rng, int year)
    {
        // Where the national LZB stock rises, some agreements only limit the rise.
        var rising = MacroTrend.LzbChange(year) > 0;
        var t = Tenths(ref rng, 10, 60);
        var x = Number(t);
        var lead = $"Das Ziel ist für {year} erreicht, wenn";
        const string stock = "der durchschnittliche Bestand an Langzeitleistungsbeziehenden";
        switch (Choose(ref rng, 4, 2, 1, 1, rising ? 5 : 0))
        {
            case 0:
                return new(TargetKeys.K3, "<=", -t / 10.0, $"{lead} {stock} um mindestens {x} Prozent gegenüber dem Vorjahr sinkt (K 3 = - {x} Prozent).");
            case 1:
                return new(TargetKeys.K3, "<=", -t / 10.0, $"{lead} sich {stock} gegenüber dem Vorjahr um mindestens {x} Prozent verringert.");
            case 2:
                return new(TargetKeys.K3, "<=", -t / 10.0, $"{lead} {stock} gegenüber dem Vorjahr um mindestens {x} Prozent reduziert wird.");
            case 3:
                return new(TargetKeys.K3, "<=", 0.0, $"{lead} {stock} gegenüber dem Vorjahr gleichbleibt (K 3 = 0 Prozent).");
            default:
                var up = Tenths(ref rng, 5, 40);
                var y = Number(up);
                return new(TargetKeys.K3, "<=", up / 10.0, $"{lead} {stock} gegenüber dem Vorjahr um nicht mehr als {y} Prozent steigt (K 3 = {y} Prozent).");
        }
    }

    private static TargetPlan IntegrationenLzb(ref SampleRandom rng, int year)
    {
        var t = Tenths(ref rng, 20, 80);
        var x = Number(t);
        const string what = "die absolute Zahl der Integrationen von Langzeitleistungsbeziehenden";
        var s = Choose(ref rng, 3, 2, 1) switch
        {
            0 => $"Das Ziel ist für {year} erreicht, wenn {what} um mindestens {x} Prozent über der von {year - 1} liegt.",
            1 => $"Das Ziel ist für {year} erreicht, wenn sich {what} gegenüber dem Vorjahr um mindestens {x} Prozent erhöht.",
            _ => $"Das Ziel ist für {year} erreicht, wenn {what} gegenüber dem Vorjahr um mindestens {x} Prozent steigt.",
        };
        return new(TargetKeys.IntegrationenLzb, ">=", t / 10.0, s);
    }

    /// <summary>Uniform whole tenths in [<paramref name="min"/>, <paramref name="max"/>].</summary>
    private static int Tenths(ref SampleRandom rng, int min, int max) => min + rng.Next(max - min + 1);

    /// <summary>German number with one decimal: 126 → "12,6".</summary>
    internal static string Number(int tenths) =>
        (tenths / 10).ToString(CultureInfo.InvariantCulture) + "," + (tenths % 10).ToString(CultureInfo.InvariantCulture);

    /// <summary>Index drawn with the given weights (a weight of 0 is never drawn).</summary>
    private static int Choose(ref SampleRandom rng, params ReadOnlySpan<int> weights)
    {
        var total = 0;
        foreach (var w in weights) total += w;
        var r = rng.Next(total);
        for (var i = 0; i < weights.Length; i++)
        {
            if (r < weights[i]) return i;
            r -= weights[i];
        }
        return weights.Length - 1;
    }
}
