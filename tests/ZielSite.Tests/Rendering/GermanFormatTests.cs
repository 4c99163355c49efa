using ZielSite.Agreements;
using ZielSite.Rendering;
using ZielSite.Templates;
using ZielSite.Wording;

namespace ZielSite.Tests.Rendering;

public class GermanFormatTests
{
    private const char Nbsp = '\u00A0';

    [Theory]
    [InlineData(12.6, 1, "12,6")]
    [InlineData(-5.2, 1, "\u22125,2")]
    [InlineData(15480, 0, "15.480")]
    [InlineData(1234567.891, 2, "1.234.567,89")]
    [InlineData(0.05, 1, "0,1")]      // half away from zero
    [InlineData(-0.04, 1, "0,0")]     // rounds to zero: no minus sign
    [InlineData(12.649, 1, "12,6")]
    public void Number_uses_decimal_comma_dot_thousands_and_true_minus(double value, int decimals, string expected) =>
        Assert.Equal(expected, GermanFormat.Number(value, decimals));

    [Fact]
    public void Signed_and_percent_forms()
    {
        Assert.Equal("+13,1" + Nbsp + "%", GermanFormat.SignedPercent(13.1));
        Assert.Equal("\u22125,0" + Nbsp + "%", GermanFormat.SignedPercent(-5.0));
        Assert.Equal("0,0" + Nbsp + "%", GermanFormat.SignedPercent(0));
        Assert.Equal("15,4" + Nbsp + "%", GermanFormat.Percent(15.4));
        Assert.Equal("\u22120,2" + Nbsp + "Prozentpunkte", GermanFormat.SignedPoints(-0.2));
        Assert.Equal("2.500.000" + Nbsp + "€", GermanFormat.Euro(2_499_999.5));
    }

    [Fact]
    public void Thresholds_read_as_in_the_targets_table()
    {
        Assert.Equal("mindestens +12,6" + Nbsp + "%", GermanFormat.Threshold(">=", 12.6, "%"));
        Assert.Equal("höchstens \u22125,2" + Nbsp + "%", GermanFormat.Threshold("<=", -5.2, "%"));
        Assert.Equal("mindestens 0,0" + Nbsp + "%", GermanFormat.Threshold(">=", 0, "%"));
        Assert.Equal("höchstens 0,0" + Nbsp + "Prozentpunkte", GermanFormat.Threshold("<=", 0, "pp"));
    }

    [Fact]
    public void A_target_of_zero_reads_nicht_sinken_or_nicht_steigen_after_Ziel()
    {
        Target T(string key, string op, double value, string kind = "change") =>
            new Target(key, op, value, TargetKeys.Unit(key), new ZielSite.Diagnostics.SourceSpan("a.txt", 1), "") { Kind = kind };
        Assert.Equal("nicht sinken", GermanFormat.TargetText(T(TargetKeys.K2, ">=", 0)));
        Assert.Equal("nicht steigen", GermanFormat.TargetText(T(TargetKeys.K3, "<=", 0)));
        Assert.Equal("nicht steigen", GermanFormat.TargetText(T(TargetKeys.K2Gap, "<=", 0)));
        Assert.Equal("sinken", GermanFormat.ZeroVerb(T(TargetKeys.K2, ">=", 0)));
        // Any other target keeps its threshold; so does a level of 0 (a level cannot sink).
        Assert.Equal("mindestens +12,6" + Nbsp + "%", GermanFormat.TargetText(T(TargetKeys.Integrationen, ">=", 12.6)));
        Assert.Equal("höchstens \u22125,2" + Nbsp + "%", GermanFormat.TargetText(T(TargetKeys.K3, "<=", -5.2)));
        Assert.Equal("mindestens 0,0" + Nbsp + "%", GermanFormat.TargetText(T(TargetKeys.K2, ">=", 0, "level")));
        Assert.Null(GermanFormat.ZeroVerb(T(TargetKeys.K2, ">=", 0.1)));
        // Where the threshold stands in a phrase ("statt höchstens 0,0 %"), it stays a figure.
        Assert.Equal("höchstens 0,0" + Nbsp + "%", GermanFormat.Threshold(T(TargetKeys.K3, "<=", 0)));
    }

    [Fact]
    public void The_distance_in_words_is_the_cards_distance_without_its_sign()
    {
        Target T(string key, string op, double value, string unit = "%", string kind = "change") =>
            new Target(key, op, value, unit, new ZielSite.Diagnostics.SourceSpan("a.txt", 1), "") { Kind = kind };
        global::ZielSite.Indicators.Verdict V(Target t, double a) => new(t, a, a, global::ZielSite.Indicators.VerdictStatus.Missed, 12);
        var k3 = V(T(TargetKeys.K3, "<=", -5.2), -5.0);
        Assert.Equal("\u22120,2" + Nbsp + "Pkt.", TargetDistance.Text(k3));
        Assert.Equal("0,2" + Nbsp + "Prozentpunkte", TargetDistance.Words(k3));
        Assert.Equal("2,0" + Nbsp + "Prozentpunkte", TargetDistance.Words(V(T(TargetKeys.Integrationen, ">=", 12.6), 10.6)));
        Assert.Equal("14 Integrationen", TargetDistance.Words(V(T(TargetKeys.Integrationen, ">=", 612, "count", "level"), 598)));
        // Unrounded comparison can miss a target by less than the last digit shown.
        Assert.Equal("weniger als 0,1" + Nbsp + "Prozentpunkte", TargetDistance.Words(V(T(TargetKeys.K2, ">=", 12.6), 12.58)));
        Assert.Equal("–", TargetDistance.Words(new global::ZielSite.Indicators.Verdict(T(TargetKeys.K2, ">=", 1), null, null, global::ZielSite.Indicators.VerdictStatus.NoData, 12)));
    }

    [Fact]
    public void Month_names_are_german()
    {
        Assert.Equal("März 2023", GermanFormat.MonthYear(2023, 3));
        Assert.Equal("Dez", GermanFormat.MonthShort(12));
        Assert.Equal("Mär", GermanFormat.MonthShort(3));
        Assert.Equal("Januar bis Juni", GermanFormat.MonthRange(6));
        Assert.Equal("15. März 2024", GermanFormat.Date(new DateOnly(2024, 3, 15)));
        Assert.Equal("1. Januar 2025", GermanFormat.Date(new DateOnly(2025, 1, 1)));
    }

    [Fact]
    public void Optional_numbers_show_a_dash_where_there_is_none()
    {
        Assert.Equal("–", GermanFormat.Optional(null));
        Assert.Equal("+13,10", GermanFormat.Optional(13.1, 2, signed: true));
        Assert.Equal("\u22125,0", GermanFormat.Optional(-5, 1, signed: true));
        Assert.Equal("1.234", GermanFormat.Optional(1234.4, 0));
    }

    [Theory]
    [InlineData("met", "erreicht")]
    [InlineData("missed", "verfehlt")]
    [InlineData("on_track", "auf Kurs")]
    [InlineData("off_track", "nicht auf Kurs")]
    [InlineData("no_data", "keine Daten")]
    [InlineData(null, "–")]
    public void One_word_per_verdict_for_site_review_and_diff(string? json, string word)
    {
        Assert.Equal(word, VerdictLabels.Word(json));
        if (json is not null && ZielSite.Indicators.VerdictStatusNames.TryParse(json, out var s))
        {
            Assert.Equal(json, ZielSite.Indicators.VerdictStatusNames.Json(s));
            Assert.StartsWith(word, VerdictLabels.Text(s, 6));
        }
    }

    [Fact]
    public void Html_escape_keeps_umlauts_and_escapes_markup()
    {
        Assert.Equal("Mülheim &lt;script&gt; &amp; &quot;x&quot; &#39;y&#39;", Html.Escape("Mülheim <script> & \"x\" 'y'"));
        Assert.Equal("12,6" + Nbsp + "%", Html.Escape("12,6" + Nbsp + "%"));
    }
}
