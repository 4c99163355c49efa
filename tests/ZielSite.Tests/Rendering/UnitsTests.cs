using ZielSite.Indicators;
using ZielSite.Rendering;

namespace ZielSite.Tests.Rendering;

/// <summary>
/// One rule for changes (Methodik, "Prozent und Prozentpunkte"): a change against last year is in %, also for a share;
/// a difference between two percentages is in Prozentpunkte. "–" only where a value is missing.
/// </summary>
public class UnitsTests
{
    private const string Nbsp = "\u00A0";

    [Fact]
    public void A_share_changes_in_percent_and_the_ELB_stock_has_its_previous_year()
    {
        // Borken 2023 with a share of nachhaltige Integrationen of 61,5 % after 62,5 %: 61,5 ÷ 62,5 − 1 = −1,6 %
        // (it was written "−1,0 Prozentpunkte" here and "−1,6 %" in the projection table); ELB 16.352 after 16.000: +2,2 %.
        var model = TestSite.Model();
        var history = model.Results.Where(r => r.Region.Ags == "05554").ToList();
        var r = history.Single(r => r.Year == 2023);
        var months = r.ByMonth.ToList();
        months[^1] = TestSite.Values("05554", 2023, 12, 1, new Dictionary<string, double?>
        {
            [ValueKeys.NachhaltigShare] = 61.5, [ValueKeys.NachhaltigSharePrev] = 62.5, [ValueKeys.K2E3Change] = -1.6,
            [ValueKeys.Elb] = 16352, [ValueKeys.ElbPrev] = 16000, [ValueKeys.ElbChange] = 2.2,
        });
        var page = RegionPageBuilder.Build(r with { ByMonth = months }, history, model.Config, []);
        var share = page.Monitoring.Single(f => f.Label.StartsWith("Anteil nachhaltiger", StringComparison.Ordinal));
        Assert.Equal(($"61,5{Nbsp}%", $"62,5{Nbsp}%", $"−1,6{Nbsp}%"), (share.Value, share.Reference, share.Change));
        var elb = page.Monitoring.Single(f => f.Label.StartsWith("Erwerbsfähige Leistungsberechtigte, Bestand", StringComparison.Ordinal));
        Assert.Equal(("16.352", "16.000", $"+2,2{Nbsp}%"), (elb.Value, elb.Reference, elb.Change));
    }

    [Fact]
    public void A_relative_change_needs_both_values_and_a_base_other_than_zero()
    {
        Assert.Equal(-10.0, RegionPageBuilder.RelativeChange(90, 100)!.Value, 9);
        Assert.Null(RegionPageBuilder.RelativeChange(90, 0));
        Assert.Null(RegionPageBuilder.RelativeChange(null, 100));
    }

    [Fact]
    public void The_card_of_a_quota_change_says_the_change_is_relative()
    {
        // Borken 2023: K2 +0,8 % (15,4 % after 15,3 %: a relative change, not 0,1 points).
        var r = TestSite.Model().Results.Single(r => r.Region.Ags == "05554" && r.Year == 2023);
        var k2 = RegionPageBuilder.TargetRowOf(r.Verdicts.Single(v => v.Target.Key == "k2"), r);
        Assert.EndsWith("die Veränderung ist relativ (in %, nicht in Prozentpunkten)", k2.Level);
        var integrationen = RegionPageBuilder.TargetRowOf(r.Verdicts.Single(v => v.Target.Key == "integrationen"), r);
        Assert.DoesNotContain("relativ", integrationen.Level);
    }
}
