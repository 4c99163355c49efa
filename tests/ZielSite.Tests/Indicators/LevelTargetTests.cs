using ZielSite.Agreements;
using ZielSite.Diagnostics;
using ZielSite.Indicators;
using ZielSite.Rendering;
using ZielSite.Wording;

namespace ZielSite.Tests.Indicators;

/// <summary>Level targets (kind "level"): judged on the year's level, projected before December; their threshold text.</summary>
public class LevelTargetTests
{
    private static Target Level(string key, string op, double value, string unit) =>
        new(key, op, value, unit, new SourceSpan("content/agreements/a.txt", 5), "…") { Kind = TargetKinds.Level };

    private static IndicatorSet Values(int month, string key, double? value) =>
        new("09679", 2024, month, ValueKeys.All.ToDictionary(k => k, k => k == key ? value : 1.0));

    [Theory]
    // December: the year's level itself. 612 Integrationen wanted, 598 reached: missed; 612 reached: met.
    [InlineData("integrationen", ">=", 612, "count", 598, VerdictStatus.Missed)]
    [InlineData("integrationen", ">=", 612, "count", 612, VerdictStatus.Met)]
    // K2 of women at least 24.0 %: 23.96 rounds to 24.0 (met).
    [InlineData("k2_f", ">=", 24.0, "%", 23.96, VerdictStatus.Met)]
    [InlineData("k2", ">=", 31.1, "%", 30.0, VerdictStatus.Missed)]
    public void December_judges_the_level(string key, string op, double threshold, string unit, double actual, VerdictStatus expected)
    {
        var v = VerdictCalculator.Judge(Level(key, op, threshold, unit), Values(12, key, actual));
        Assert.Equal(expected, v.Status);
        Assert.Equal(actual, v.Actual);
    }

    [Fact]
    public void Before_december_the_projected_year_end_level_is_judged_not_the_year_to_date_sum()
    {
        // June: 300 Integrationen so far (far below 612), but projected to 640 at year end: on track.
        var target = Level("integrationen", ">=", 612, "count");
        var projection = new Dictionary<string, double?> { ["integrationen"] = 640.0 };
        var v = VerdictCalculator.Judge(target, Values(6, "integrationen", 300), projection: projection);
        Assert.Equal(VerdictStatus.OnTrack, v.Status);
        Assert.Equal(640.0, v.Actual);
        var off = VerdictCalculator.Judge(target, Values(6, "integrationen", 300), projection: new Dictionary<string, double?> { ["integrationen"] = 590.0 });
        Assert.Equal(VerdictStatus.OffTrack, off.Status);
        var none = VerdictCalculator.Judge(target, Values(6, "integrationen", 300));
        Assert.Equal(VerdictStatus.NoData, none.Status);
        Assert.Contains("hochgerechnet", none.Reason);
    }

    [Fact]
    public void Threshold_text_names_the_level()
    {
        Assert.Equal("mindestens 612 Integrationen", GermanFormat.Threshold(Level("integrationen", ">=", 612, "count")));
        Assert.Equal("mindestens 250 Integrationen von Frauen", GermanFormat.Threshold(Level("integrationen_f", ">=", 250, "count")));
        Assert.Equal("mindestens 31,1\u00A0%", GermanFormat.Threshold(Level("k2", ">=", 31.1, "%")));
        Assert.Equal("Integrationsquote (K2)", IndicatorLabels.Target("k2"));
        // A change target keeps its signed form.
        Assert.Equal("mindestens +12,6\u00A0%", GermanFormat.Threshold(new Target("integrationen", ">=", 12.6, "%", new SourceSpan("a", 1), "…")));
    }
}
