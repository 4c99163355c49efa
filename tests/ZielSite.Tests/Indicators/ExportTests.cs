using System.Text;
using System.Text.Json;
using ZielSite.Agreements;
using ZielSite.Diagnostics;
using ZielSite.Indicators;
using static ZielSite.Tests.Indicators.Fixture;

namespace ZielSite.Tests.Indicators;

public class ExportTests
{
    [Fact]
    public void Csv_has_every_key_for_every_month_in_order()
    {
        var results = ResultCalculator.Compute(BuildTable(), [ResultCalculatorTests.R(A, "Kreis \"B\"; West"), ResultCalculatorTests.R(B, "Kreis Coesfeld")], [], true, new DiagnosticBag());
        var w = new StringWriter();
        ValueExporter.WriteCsv(results, w);
        var lines = w.ToString().Split('\n');
        Assert.Equal("ags;name;year;month;key;value", lines[0]);
        // 2 regions × (12 months of 2022 + 3 of 2023) × every key, plus header and the final empty piece
        // (2021 holds only the December that is 2022's denominator and gets no result).
        Assert.Equal(2 * 15 * ValueKeys.All.Count + 2, lines.Length);
        Assert.Equal("", lines[^1]);
        Assert.Contains("05554;\"Kreis \"\"B\"\"; West\";2023;3;integrationen;36", lines);
        // K2 = 10800 / 3400 = 3.176470588235294 (shortest round-trip form, decimal point).
        var k2 = Assert.Single(lines, l => l.StartsWith("05554;", StringComparison.Ordinal) && l.Contains(";2023;3;k2;"));
        Assert.Equal(10800.0 / 3400, double.Parse(k2.Split(';')[^1], System.Globalization.CultureInfo.InvariantCulture), 12);
        Assert.Contains("05554;\"Kreis \"\"B\"\"; West\";2022;1;integrationen_prev;", lines); // no 2021 flows: null → empty
        Assert.True(Array.IndexOf(lines, "05554;\"Kreis \"\"B\"\"; West\";2023;3;integrationen;36") < Array.FindIndex(lines, l => l.StartsWith("05558", StringComparison.Ordinal)));
    }

    [Fact]
    public void Json_has_the_contract_fields()
    {
        var set = IndicatorCalculator.Compute(BuildTable(), A, 2023, 3);
        var verdict = VerdictCalculator.Judge(VerdictCalculatorTests.T(TargetKeys.K3, "<=", -5.2), set, true);
        var nodata = VerdictCalculator.Judge(VerdictCalculatorTests.T(TargetKeys.K2E2, ">=", 1), set, true);
        var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream)) IndicatorJson.Write(w, set, [verdict, nodata]);
        using var doc = JsonDocument.Parse(stream.ToArray());
        var root = doc.RootElement;
        Assert.Equal("05554", root.GetProperty("ags").GetString());
        Assert.Equal(2023, root.GetProperty("year").GetInt32());
        Assert.Equal(3, root.GetProperty("month").GetInt32());
        Assert.Equal(ValueKeys.All, root.GetProperty("values").EnumerateObject().Select(p => p.Name));
        Assert.Equal(36, root.GetProperty("values").GetProperty("integrationen").GetDouble());
        var t = root.GetProperty("targets")[0];
        Assert.Equal("k3", t.GetProperty("key").GetString());
        Assert.Equal("<=", t.GetProperty("operator").GetString());
        Assert.Equal(-5.2, t.GetProperty("value").GetDouble());
        Assert.Equal(-6, t.GetProperty("actual").GetDouble(), 12);   // (470 / 500 − 1) × 100
        Assert.Equal("on_track", t.GetProperty("status").GetString());
        var n = root.GetProperty("targets")[1];
        Assert.Equal(JsonValueKind.Null, n.GetProperty("actual").ValueKind);
        Assert.Equal("no_data", n.GetProperty("status").GetString());
        Assert.Contains("öffentlich geförderte", n.GetProperty("reason").GetString());
        var missing = IndicatorCalculator.Compute(BuildTable(), A, 2024, 1);
        var s2 = new MemoryStream();
        using (var w = new Utf8JsonWriter(s2)) IndicatorJson.Write(w, missing, []);
        Assert.Contains("\"integrationen\":null", Encoding.UTF8.GetString(s2.ToArray()));
    }
}
