using System.Text.Json;
using ZielSite.Agreements;
using ZielSite.Indicators;
using ZielSite.Rendering;

namespace ZielSite.Tests.Rendering;

/// <summary>
/// A level target before December is judged on the projected year-end level: every place that shows that value says
/// "hochgerechnet" beside the year-to-date level it came from (card, overview cell, downloads); a change target and a
/// December value never do.
/// </summary>
public class ProjectedValueTests
{
    private const string Nbsp = "\u00A0";

    // Borken 2024 of the test site, Stand Juni: K2 January to June is 1,3 × 6 = 7,8 %; projected 15,3 % against at least 15,9 %.
    private static (RegionYearResult Result, Verdict Verdict) MidYearLevel()
    {
        var r = TestSite.Model().Results.Single(r => r.Region.Ags == "05554" && r.Year == 2024);
        var quota = TestSite.NewTarget(TargetKeys.K2, ">=", 15.9, 30) with { Kind = TargetKinds.Level };
        var v = new Verdict(quota, 15.3, 15.3, VerdictStatus.OffTrack, 6);
        return (r with { Agreement = r.Agreement! with { Targets = [quota] }, Verdicts = [v] }, v);
    }

    [Fact]
    public void The_card_says_hochgerechnet_and_names_the_year_to_date_level()
    {
        var (r, v) = MidYearLevel();
        Assert.True(v.IsProjected);
        var row = RegionPageBuilder.TargetRowOf(v, r);
        Assert.Equal($"hochgerechnet 15,3{Nbsp}%", row.ActualText);
        Assert.Equal($"hochgerechnet aus Januar bis Juni 2024: 7,8{Nbsp}%", row.Level);
    }

    [Fact]
    public void The_overview_cell_says_hochgerechnet()
    {
        var (_, v) = MidYearLevel();
        Assert.Equal($"hochgerechnet 15,3{Nbsp}%", OverviewBuilder.CellOf(v).Value);
    }

    [Fact]
    public void Change_targets_and_December_levels_are_not_called_projected()
    {
        var (_, v) = MidYearLevel();
        Assert.False((v with { Month = 12 }).IsProjected);
        Assert.False((v with { Target = v.Target with { Kind = TargetKinds.Change } }).IsProjected);
        Assert.False((v with { Actual = null, Compared = null, Status = VerdictStatus.NoData }).IsProjected);
        Assert.Equal($"15,3{Nbsp}%", OverviewBuilder.CellOf(v with { Month = 12, Status = VerdictStatus.Missed }).Value);
    }

    [Fact]
    public void The_region_download_marks_the_projected_value_with_its_year_to_date_level()
    {
        var (r, _) = MidYearLevel();
        var csv = new System.Buffers.ArrayBufferWriter<byte>();
        var json = new System.Buffers.ArrayBufferWriter<byte>();
        DownloadWriter.WriteTo(r, csv, json);
        using var doc = JsonDocument.Parse(json.WrittenMemory);
        var t = doc.RootElement.GetProperty("targets")[0];
        Assert.True(t.GetProperty("projected").GetBoolean());
        Assert.Equal(7.8, t.GetProperty("year_to_date").GetDouble());
        Assert.Equal(15.3, t.GetProperty("actual").GetDouble());
        // The CSV: the level to June in June's column, the projection in the last column.
        var line = System.Text.Encoding.UTF8.GetString(csv.WrittenSpan).Split('\n').Single(l => l.Contains("Ist-Wert", StringComparison.Ordinal));
        Assert.Equal("Ziel;Integrationsquote (K2): Ist-Wert (im Stand-Monat bis dahin, in der letzten Spalte hochgerechnet);%;k2;;;;;;7,8;;15,3", line);
    }
}
