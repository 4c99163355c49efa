namespace ZielSite.Agreements;

/// <summary>The target keys of docs/contract.md, in display order, with whether more is better.</summary>
public static class TargetKeys
{
    public const string Integrationen = "integrationen";
    public const string IntegrationenLzb = "integrationen_lzb";
    public const string K1 = "k1";
    public const string K1E1 = "k1e1";
    public const string K1E2 = "k1e2";
    public const string K2 = "k2";
    public const string K2E1 = "k2e1";
    public const string K2E2 = "k2e2";
    public const string K2E3 = "k2e3";
    public const string K2E4 = "k2e4";
    public const string K2Gap = "k2_gap";
    public const string K3 = "k3";
    public const string K3E1 = "k3e1";
    public const string K3E2 = "k3e2";
    public const string K3E3 = "k3e3";
    public const string K3E4 = "k3e4";

    /// <summary>Every key, in the order targets are shown (goal II, then goal III, then goal I).</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        Integrationen, K2, K2Gap, K2E1, K2E2, K2E3, K2E4,
        K3, IntegrationenLzb, K3E1, K3E2, K3E3, K3E4,
        K1, K1E1, K1E2,
    ];

    public static bool IsKnown(string key) => All.Contains(key);

    /// <summary>Display position of a key (unknown keys last).</summary>
    public static int Order(string key)
    {
        var i = ((IList<string>)All).IndexOf(key);
        return i < 0 ? int.MaxValue : i;
    }

    /// <summary>
    /// True where an increase is the desired direction ("gleich bleibt" then means change ≥ 0): Integrationen,
    /// K2 and its Ergänzungsgrößen, K3E1 (Integrationsquote der LZB), K3E2 (Aktivierungsquote), K3E4 (Abgangsrate),
    /// K1E4 is not a key. False for K1 (spending), K1E1, K1E2, K3 (LZB stock), K3E3 (Zugangsrate), and the gap.
    /// </summary>
    public static bool MoreIsBetter(string key) => key switch
    {
        Integrationen or IntegrationenLzb or K2 or K2E1 or K2E2 or K2E3 or K2E4 or K3E1 or K3E2 or K3E4 => true,
        _ => false,
    };

    /// <summary>Unit of a target's threshold: percentage points for the gap, percent (relative change) otherwise.</summary>
    public static string Unit(string key) => key == K2Gap ? "pp" : "%";
}
