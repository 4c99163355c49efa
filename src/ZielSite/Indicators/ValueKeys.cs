using ZielSite.Agreements;

namespace ZielSite.Indicators;

/// <summary>
/// The names of computed values (keys of <see cref="IndicatorSet.Values"/> and of <c>indicators --json</c>).
/// Unless said otherwise a value is year-to-date at month M of year t (Jahresfortschrittswert), and
/// <c>_prev</c> is the same for the same months of year t−1. <c>_change</c> values are relative changes in
/// percent ((now / prev − 1) × 100), except <c>k2_gap_change</c>, which is a difference in percentage points.
/// </summary>
public static class ValueKeys
{
    public const string Integrationen = "integrationen";                 // Σ Jan..M
    public const string IntegrationenPrev = "integrationen_prev";
    public const string IntegrationenChange = "integrationen_change";
    public const string IntegrationenF = "integrationen_f";
    public const string IntegrationenM = "integrationen_m";
    public const string IntegrationenLzb = "integrationen_lzb";
    public const string IntegrationenLzbPrev = "integrationen_lzb_prev";
    public const string IntegrationenLzbChange = "integrationen_lzb_change";
    public const string K2 = "k2";                                       // JFW, percent
    public const string K2Prev = "k2_prev";
    public const string K2Change = "k2_change";
    public const string K2F = "k2_f";
    public const string K2M = "k2_m";
    public const string K2Gap = "k2_gap";                                // k2_m − k2_f, pp
    public const string K2GapPrev = "k2_gap_prev";
    public const string K2GapChange = "k2_gap_change";                  // pp
    public const string K2Rolling = "k2_rolling";                        // 12 months to M, shifted denominator
    public const string Elb = "elb";                                     // stock in month M
    public const string ElbPrev = "elb_prev";                            // stock in month M of t−1
    public const string ElbChange = "elb_change";
    public const string ElbMean = "elb_mean";                            // mean Jan..M
    public const string ElbMeanPrev = "elb_mean_prev";
    public const string K1E2Change = "k1e2_change";
    public const string Lzb = "lzb";                                     // stock in month M
    public const string LzbChange = "lzb_change";                        // month M vs month M of t−1 (official K3 per month)
    public const string LzbMean = "lzb_mean";                            // mean Jan..M
    public const string LzbMeanPrev = "lzb_mean_prev";
    public const string K3Change = "k3_change";
    public const string Lzb4j = "lzb_4j";                                // stock in month M
    public const string Lzb4jPrev = "lzb_4j_prev";
    public const string Lzb4jChange = "lzb_4j_change";
    public const string K3E1 = "k3e1";                                   // percent
    public const string K3E1Prev = "k3e1_prev";
    public const string K3E1Change = "k3e1_change";
    public const string Llu = "llu";                                     // Σ Jan..M, EUR
    public const string LluPrev = "llu_prev";
    public const string K1Change = "k1_change";
    public const string Kdu = "kdu";                                     // Σ Jan..M, EUR
    public const string KduPrev = "kdu_prev";
    public const string K1E1Change = "k1e1_change";
    public const string Bg = "bg";                                       // stock in month M
    public const string BgPrev = "bg_prev";
    public const string BgChange = "bg_change";
    public const string NachhaltigShare = "nachhaltig_share";            // Σ nachhaltig / Σ integrationen × 100
    public const string NachhaltigSharePrev = "nachhaltig_share_prev";
    public const string K2E3Change = "k2e3_change";
    public const string BedarfsdeckendShare = "bedarfsdeckend_share";
    public const string BedarfsdeckendSharePrev = "bedarfsdeckend_share_prev";

    /// <summary>Every key, in the order of <c>indicators --json</c> and the CSV export.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        Integrationen, IntegrationenPrev, IntegrationenChange, IntegrationenF, IntegrationenM,
        IntegrationenLzb, IntegrationenLzbPrev, IntegrationenLzbChange,
        K2, K2Prev, K2Change, K2F, K2M, K2Gap, K2GapPrev, K2GapChange, K2Rolling,
        Elb, ElbPrev, ElbChange, ElbMean, ElbMeanPrev, K1E2Change,
        Lzb, LzbChange, LzbMean, LzbMeanPrev, K3Change, Lzb4j, Lzb4jPrev, Lzb4jChange,
        K3E1, K3E1Prev, K3E1Change,
        Llu, LluPrev, K1Change, Kdu, KduPrev, K1E1Change,
        Bg, BgPrev, BgChange,
        NachhaltigShare, NachhaltigSharePrev, K2E3Change, BedarfsdeckendShare, BedarfsdeckendSharePrev,
    ];

    /// <summary>
    /// The value a target of <paramref name="targetKey"/> is judged on, or null where the data of docs/contract.md
    /// cannot give it (K2E1, K2E2, K2E4, K3E2, K3E3, K3E4 need measures the data format does not have).
    /// </summary>
    public static string? ActualFor(string targetKey) => targetKey switch
    {
        TargetKeys.Integrationen => IntegrationenChange,
        TargetKeys.IntegrationenLzb => IntegrationenLzbChange,
        TargetKeys.K1 => K1Change,
        TargetKeys.K1E1 => K1E1Change,
        TargetKeys.K1E2 => K1E2Change,
        TargetKeys.K2 => K2Change,
        TargetKeys.K2Gap => K2GapChange,
        TargetKeys.K2E3 => K2E3Change,
        TargetKeys.K3 => K3Change,
        TargetKeys.K3E1 => K3E1Change,
        _ => null,
    };

    /// <summary>
    /// The value a level target (<see cref="TargetKinds.Level"/>) of <paramref name="targetKey"/> is judged on: the
    /// year-to-date level of that key (<c>k2</c>, <c>k2_f</c>, <c>k2_m</c>, <c>k3e1</c>, <c>integrationen</c>,
    /// <c>integrationen_f</c>, <c>integrationen_m</c>, <c>integrationen_lzb</c>), or null for a key with no level.
    /// </summary>
    public static string? LevelFor(string targetKey) => targetKey switch
    {
        K2 or K2F or K2M or K3E1 or Integrationen or IntegrationenF or IntegrationenM or IntegrationenLzb => targetKey,
        _ => null,
    };

    /// <summary>For a key without computation: the measure (in German and data-file terms) that is missing.</summary>
    public static string? MissingMeasureFor(string targetKey) => targetKey switch
    {
        TargetKeys.K2E1 => "Eintritte in geringfügige Beschäftigung (no measure in the data format)",
        TargetKeys.K2E2 => "Eintritte in öffentlich geförderte Beschäftigung (no measure in the data format)",
        TargetKeys.K2E4 => "Integrationen und ELB der Alleinerziehenden (no measure in the data format)",
        TargetKeys.K3E2 => "LZB in aktivierenden Maßnahmen (no measure in the data format)",
        TargetKeys.K3E3 => "Zugänge in den Langzeitleistungsbezug (no measure in the data format)",
        TargetKeys.K3E4 => "Abgänge aus dem Langzeitleistungsbezug (no measure in the data format)",
        _ => null,
    };
}
