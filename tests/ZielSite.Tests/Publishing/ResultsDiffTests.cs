using System.Text.Json;
using ZielSite.Indicators;
using ZielSite.Publishing;

namespace ZielSite.Tests.Publishing;

public class ResultsDiffTests
{
    // Borken's Integrationen change falls from 13.1 % to 12.4 % after a corrected data value: the target
    // "≥ +12.6 %" flips from met to missed; the value itself changes by −0.7.
    private static ResultsDiff Flipped() => ResultsDiff.Compare(Samples.Document(13.1), Samples.Document(12.4));

    [Fact]
    public void A_verdict_that_flipped_after_a_changed_value_is_reported()
    {
        var diff = Flipped();
        var change = Assert.Single(diff.Changes);
        Assert.Equal(("05554", 2023, "changed"), (change.Ags, change.Year, change.Kind));
        var target = Assert.Single(change.Targets);
        Assert.Equal("integrationen", target.Key);
        Assert.True(target.VerdictChanged);
        Assert.Equal(("met", "missed"), (target.Old!.Status, target.New!.Status));
        Assert.Equal(new ValueDiff(ValueKeys.IntegrationenChange, 13.1, 12.4), Assert.Single(change.Values));
        Assert.True(diff.AnyVerdictChanged);
        Assert.Equal(1, diff.VerdictChanges);
    }

    [Fact]
    public void Identical_results_give_an_empty_diff()
    {
        var diff = ResultsDiff.Compare(Samples.Document(), Samples.Document());
        Assert.True(diff.IsEmpty);
        Assert.False(diff.AnyVerdictChanged);
    }

    [Fact]
    public void A_changed_value_with_the_same_verdict_is_reported_but_is_no_verdict_change()
    {
        // 13.1 → 13.5: still ≥ 12.6, still met.
        var diff = ResultsDiff.Compare(Samples.Document(13.1), Samples.Document(13.5));
        var target = Assert.Single(Assert.Single(diff.Changes).Targets);
        Assert.False(target.VerdictChanged);
        Assert.Equal((13.1, 13.5), (target.Old!.Actual, target.New!.Actual));
        Assert.False(diff.AnyVerdictChanged);
    }

    [Fact]
    public void Added_and_removed_region_years_are_listed_but_are_no_verdict_changes()
    {
        var old = Samples.Document();
        var @new = old with { Results = old.Results.Where(r => r.Ags != "05512").ToList() };
        var diff = ResultsDiff.Compare(@new, old);
        var added = Assert.Single(diff.Changes);
        Assert.Equal("added", added.Kind);
        Assert.Equal("k2", Assert.Single(added.Targets).Key);
        Assert.False(diff.AnyVerdictChanged);
        Assert.Equal("removed", Assert.Single(ResultsDiff.Compare(old, @new).Changes).Kind);
    }

    [Fact]
    public void The_markdown_names_region_year_target_and_both_verdicts()
    {
        var md = DiffMarkdown.Render(Flipped(), "main.zip", "pr.zip");
        Assert.StartsWith("# Änderungen der Ergebnisse\n\nAlt: `main.zip` · Neu: `pr.zip`\n\n1 Regionen und Jahre geändert, **1 Urteil geändert**.\n", md);
        Assert.Contains("## Kreis Borken (05554), 2023\n\nStand: Dezember 2023\n", md);
        Assert.Contains("| Ziel | Zielwert | Ist alt | Ist neu | Urteil alt | Urteil neu |", md);
        Assert.Contains("| Zahl der Integrationen | mindestens +12,6\u00A0% | +13,10\u00A0% | +12,40\u00A0% | erreicht | **verfehlt** |", md);
        Assert.Contains("<details><summary>1 Kennzahlen geändert</summary>", md);
        Assert.Contains("| `integrationen_change` | 13,10 | 12,40 |", md);
        Assert.Contains("Keine Änderungen", DiffMarkdown.Render(ResultsDiff.Compare(Samples.Document(), Samples.Document()), "a", "b"));
    }

    [Fact]
    public void Whole_numbers_such_as_counts_are_shown_without_decimals()
    {
        var old = Samples.Document();
        var entry = old.Results[1] with { Values = [new("integrationen", 1714.0)] };
        var @new = old with { Results = [old.Results[0], entry with { Values = [new("integrationen", 1754.0)] }] };
        var md = DiffMarkdown.Render(ResultsDiff.Compare(old with { Results = [old.Results[0], entry] }, @new), "a", "b");
        Assert.Contains("| `integrationen` | 1.714 | 1.754 |", md);
    }

    [Fact]
    public void Differences_hidden_by_two_decimals_are_shown_with_more()
    {
        var md = DiffMarkdown.Render(ResultsDiff.Compare(Samples.Document(13.1), Samples.Document(13.1004)), "a", "b");
        Assert.Contains("| `integrationen_change` | 13,1 | 13,1004 |", md);
    }

    [Fact]
    public void The_json_has_the_documented_shape()
    {
        using var json = JsonDocument.Parse(DiffJson.ToBytes(Flipped(), "main.zip", "pr.zip"));
        var root = json.RootElement;
        Assert.Equal("main.zip", root.GetProperty("old").GetString());
        Assert.Equal(1, root.GetProperty("verdict_changes").GetInt32());
        var change = root.GetProperty("changes")[0];
        Assert.Equal("05554", change.GetProperty("ags").GetString());
        Assert.Equal("changed", change.GetProperty("change").GetString());
        Assert.Equal(12, change.GetProperty("old_month").GetInt32());
        var target = change.GetProperty("targets")[0];
        Assert.Equal("integrationen", target.GetProperty("key").GetString());
        Assert.True(target.GetProperty("verdict_changed").GetBoolean());
        Assert.Equal("met", target.GetProperty("old").GetProperty("status").GetString());
        Assert.Equal(12.4, target.GetProperty("new").GetProperty("actual").GetDouble());
        var value = change.GetProperty("values")[0];
        Assert.Equal(("integrationen_change", 13.1, 12.4), (value.GetProperty("key").GetString(), value.GetProperty("old").GetDouble(), value.GetProperty("new").GetDouble()));
    }
}
