namespace ZielSite.Inputs;

/// <summary>The monthly base counts of docs/contract.md. Stocks are counts in the month; flows are per month; EUR for llu and kdu.</summary>
public enum Measure
{
    /// <summary>Stock of erwerbsfähige Leistungsberechtigte (ELB).</summary>
    Elb,
    ElbF,
    ElbM,
    /// <summary>Integrationen in the month.</summary>
    Integrationen,
    IntegrationenF,
    IntegrationenM,
    /// <summary>Stock of Langzeitleistungsbeziehende (LZB).</summary>
    Lzb,
    /// <summary>LZB receiving benefits for four years or longer.</summary>
    Lzb4j,
    IntegrationenLzb,
    IntegrationenNachhaltig,
    IntegrationenBedarfsdeckend,
    /// <summary>Leistungen zum Lebensunterhalt in the month, EUR.</summary>
    Llu,
    /// <summary>Leistungen für Unterkunft und Heizung in the month, EUR.</summary>
    Kdu,
    /// <summary>Stock of Bedarfsgemeinschaften.</summary>
    Bg,
}

/// <summary>The names measures have in data files.</summary>
public static class MeasureNames
{
    private static readonly (Measure Measure, string Name)[] Table =
    [
        (Measure.Elb, "elb"), (Measure.ElbF, "elb_f"), (Measure.ElbM, "elb_m"),
        (Measure.Integrationen, "integrationen"), (Measure.IntegrationenF, "integrationen_f"),
        (Measure.IntegrationenM, "integrationen_m"), (Measure.Lzb, "lzb"), (Measure.Lzb4j, "lzb_4j"),
        (Measure.IntegrationenLzb, "integrationen_lzb"), (Measure.IntegrationenNachhaltig, "integrationen_nachhaltig"),
        (Measure.IntegrationenBedarfsdeckend, "integrationen_bedarfsdeckend"), (Measure.Llu, "llu"),
        (Measure.Kdu, "kdu"), (Measure.Bg, "bg"),
    ];

    public static IReadOnlyList<Measure> All { get; } = Table.Select(t => t.Measure).ToArray();

    public static string Name(Measure measure) => Table[(int)measure].Name;

    public static bool TryParse(ReadOnlySpan<char> name, out Measure measure)
    {
        foreach (var (m, n) in Table)
        {
            if (name.SequenceEqual(n)) { measure = m; return true; }
        }
        measure = default;
        return false;
    }
}
