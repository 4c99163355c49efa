using ZielSite.Agreements;

namespace ZielSite.Sample;

/// <summary>How the targets of a generated agreement are worded (<see cref="SampleOptions.Wording"/>).</summary>
public enum SampleWording
{
    /// <summary>Every target in the NRW frame "Das Ziel ist … erreicht, wenn …" (the default project's agreements).</summary>
    Nrw,

    /// <summary>One of the wordings the reader understands, chosen per region and year (<see cref="TargetStyle"/>).</summary>
    Varied,
}

/// <summary>The wordings of other Länder's agreements that a generated agreement may use (docs/reading-guide.md).</summary>
internal enum TargetStyle
{
    /// <summary>"Das Ziel ist für 2024 erreicht, wenn … um mindestens X Prozent …" (NRW).</summary>
    Frame,

    /// <summary>"Das Ziel ist erreicht, wenn … im Vergleich zum Vorjahr um nicht mehr als X % sinkt / um maximal X % steigt / gleich bleibt" (Bayern).</summary>
    Bavarian,

    /// <summary>"Es wird vereinbart, dass sich … um X % erhöht und dass … um Y % sinken soll." (two targets a sentence).</summary>
    Agreed,

    /// <summary>"Angestrebt wird eine Reduzierung … um X Prozent." / "… das Ziel einer Erhöhung … um X % zum Vorjahr."</summary>
    Noun,

    /// <summary>A table "Kennzahl | Zielwert 2024" with one signed value a row (Hessen).</summary>
    Table,
}

/// <summary>
/// Words the targets planned by <see cref="TargetPlanner"/> (key, operator, value: unchanged) in a <see cref="TargetStyle"/>.
/// The result is, per placeholder of <see cref="AgreementTemplate"/> (<c>{{ziel:KEY}}</c>), the lines to put there, each
/// with the keys of the targets whose sentence or table row ends on it.
/// </summary>
internal static class TargetWording
{
    /// <summary>An indicator as a sentence names it: nominative with article, genitive, grammatical gender (for "sich … erhöht"), and its table label.</summary>
    private sealed record Names(string Nominative, string Genitive, string Label);

    private static readonly Dictionary<string, Names> Indicators = new(StringComparer.Ordinal)
    {
        [TargetKeys.Integrationen] = new("die Zahl der Integrationen", "der Zahl der Integrationen", "Zahl der Integrationen"),
        [TargetKeys.K2] = new("die Integrationsquote (K2)", "der Integrationsquote (K2)", "Integrationsquote (K2)"),
        [TargetKeys.K2Gap] = new("der Abstand der Integrationsquoten von Frauen und Männern", "des Abstands der Integrationsquoten von Frauen und Männern",
            "Abstand der Integrationsquoten von Frauen und Männern"),
        [TargetKeys.K3] = new("der Bestand an Langzeitleistungsbeziehenden (K3)", "des Bestands an Langzeitleistungsbeziehenden (K3)",
            "Bestand an Langzeitleistungsbeziehenden (K3)"),
        [TargetKeys.IntegrationenLzb] = new("die Zahl der Integrationen von Langzeitleistungsbeziehenden",
            "der Zahl der Integrationen von Langzeitleistungsbeziehenden", "Integrationen von Langzeitleistungsbeziehenden"),
    };

    /// <summary>The style of one agreement: the same seed, region and year always give the same.</summary>
    public static TargetStyle Choose(int seed, int regionIndex, int year)
    {
        var rng = SampleRandom.For(seed, regionIndex, year, (long)SampleStream.Style);
        return (TargetStyle)rng.Next(5);
    }

    /// <summary>
    /// The plans of an agreement in the "vereinbart" style with the Integrationsquote as a level where its target is
    /// not to fall: the previous year's expected quota of the region (<see cref="RegionProfile.K2Base"/> × the
    /// national factor) raised by the planned change, to one decimal ("mindestens 31,1 % beträgt").
    /// </summary>
    public static IReadOnlyList<TargetPlan> WithLevels(IReadOnlyList<TargetPlan> plans, TargetStyle style, RegionProfile profile, int year)
    {
        if (style != TargetStyle.Agreed) return plans;
        return [.. plans.Select(p => p.Key == TargetKeys.K2 && p.Operator == ">=" && p.Value >= 0
            ? p with { Kind = "level", Value = Math.Round(profile.K2Base * MacroTrend.K2Factor(year - 1) * (1 + p.Value / 100), 1) }
            : p)];
    }

    public static IReadOnlyDictionary<string, IReadOnlyList<(IReadOnlyList<string> Keys, string Text)>> Blocks(
        IReadOnlyList<TargetPlan> plans, TargetStyle style, int year)
    {
        var blocks = new Dictionary<string, IReadOnlyList<(IReadOnlyList<string>, string)>>(StringComparer.Ordinal);
        switch (style)
        {
            case TargetStyle.Table:
                // The whole table where the first target stands; the other places stay empty.
                var rows = new List<(IReadOnlyList<string>, string)> { ([], $"{"Kennzahl",-56}Zielwert {year}") };
                rows.AddRange(plans.Select(p => ((IReadOnlyList<string>)[p.Key], $"{Indicators[p.Key].Label,-56}{Signed(p.Value)} {(IsPoints(p.Key) ? "Prozentpunkte" : "%")}")));
                blocks[plans[0].Key] = rows;
                foreach (var p in plans.Skip(1)) blocks[p.Key] = [];
                break;
            case TargetStyle.Agreed:
                // Two targets joined in one sentence where both change (the pairs of the template's sections).
                for (var i = 0; i < plans.Count; i++)
                {
                    var p = plans[i];
                    var q = i + 1 < plans.Count ? plans[i + 1] : null;
                    if (p.Kind == "level")
                    {
                        blocks[p.Key] = [([p.Key], $"Es wird vereinbart, dass {Indicators[p.Key].Nominative} im Jahr {year} mindestens {TargetPlanner.Number((int)Math.Round(p.Value * 10))} % beträgt.")];
                        continue;
                    }
                    if (q is not null && q.Kind != "level" && p.Value != 0 && q.Value != 0 && Agreed(p) is { } first && Agreed(q) is { } second)
                    {
                        blocks[p.Key] = [];
                        blocks[q.Key] = [([p.Key, q.Key], $"Es wird vereinbart, dass {first} und dass {second}.")];
                        i++;
                        continue;
                    }
                    blocks[p.Key] = [([p.Key], Agreed(p) is { } one ? $"Es wird vereinbart, dass {one}." : Bavarian(p, year))];
                }
                break;
            default:
                foreach (var p in plans) blocks[p.Key] = [([p.Key], Sentence(p, style, year))];
                break;
        }
        return blocks;
    }

    private static string Sentence(TargetPlan p, TargetStyle style, int year) => style switch
    {
        TargetStyle.Frame => p.Sentence,
        TargetStyle.Noun => Noun(p, year) ?? Bavarian(p, year),
        _ => Bavarian(p, year),
    };

    private static bool IsPoints(string key) => TargetKeys.Unit(key) == "pp";

    private static string Amount(TargetPlan p, bool word = false) =>
        TargetPlanner.Number((int)Math.Round(Math.Abs(p.Value) * 10)) + (IsPoints(p.Key) ? " Prozentpunkte" : word ? " Prozent" : " %");

    private static string Signed(double value) =>
        (value >= 0 ? "+" : "-") + TargetPlanner.Number((int)Math.Round(Math.Abs(value) * 10));

    /// <summary>Bayern: "im Vergleich zum Vorjahr um nicht mehr als X % sinkt", "um maximal X % steigt", "gleich bleibt".</summary>
    private static string Bavarian(TargetPlan p, int year)
    {
        var lead = $"Das Ziel ist erreicht, wenn {Indicators[p.Key].Nominative} im Jahr {year} im Vergleich zum Vorjahr";
        var up = p.Operator == ">=";
        return p.Value switch
        {
            0 => $"{lead} gleich bleibt.",
            > 0 when up => $"{lead} um mindestens {Amount(p)} steigt.",
            < 0 when up => $"{lead} um nicht mehr als {Amount(p)} sinkt.",
            > 0 => $"{lead} um maximal {Amount(p)} steigt.",
            _ => $"{lead} um mindestens {Amount(p)} sinkt.",
        };
    }

    /// <summary>The clause after "Es wird vereinbart, dass": an increase or a decrease in the indicator's good direction; null otherwise.</summary>
    private static string? Agreed(TargetPlan p)
    {
        var n = Indicators[p.Key].Nominative;
        return (p.Operator, p.Value) switch
        {
            (">=", > 0) => $"sich {n} um {Amount(p)} erhöht",
            ("<=", < 0) => $"{n} um {Amount(p)} sinken soll",
            _ => null,
        };
    }

    /// <summary>A noun phrase: "Angestrebt wird eine Reduzierung … um X Prozent." or "das Ziel einer Erhöhung … um X % zum Vorjahr"; null where it cannot say the target.</summary>
    private static string? Noun(TargetPlan p, int year) => (p.Operator, p.Value) switch
    {
        (">=", > 0) => $"Für {year} verfolgen wir das Ziel einer Erhöhung {Indicators[p.Key].Genitive} um {Amount(p)} zum Vorjahr.",
        ("<=", < 0) => $"Angestrebt wird eine Reduzierung {Indicators[p.Key].Genitive} um {Amount(p, word: true)}.",
        _ => null,
    };
}
