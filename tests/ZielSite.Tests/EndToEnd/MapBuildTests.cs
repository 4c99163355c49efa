using System.Text.Json.Nodes;
using ZielSite.Build;
using ZielSite.Diagnostics;
using ZielSite.Sample;

namespace ZielSite.Tests.EndToEnd;

/// <summary>data/karte.geojson through a whole build: read, checked against regions.csv, written once as assets/karte.js.</summary>
public class MapBuildTests
{
    private static readonly string NrwMap = Path.Combine(TestPaths.RepoRoot, "data", "karte.geojson");

    private static BuildResult Build(string project, string site) =>
        SiteBuilder.Build(new BuildOptions(project, site, false, TestPaths.BuiltinDir));

    [Fact]
    public void Without_a_geojson_the_site_has_no_map_and_no_diagnostic()
    {
        using var tmp = new TempDir();
        SampleGenerator.Write(tmp["p"], new SampleOptions(Regions: 4, Years: 2));
        var result = Build(tmp["p"], tmp["site"]);
        Assert.True(result.Written);
        Assert.Empty(result.Diagnostics);
        Assert.False(File.Exists(tmp["site/assets/karte.js"]));
        Assert.DoesNotContain("class=\"map\"", File.ReadAllText(tmp["site/index.html"]));
    }

    [Fact]
    public void A_region_without_a_shape_is_a_warning_naming_it_and_the_rest_is_drawn()
    {
        using var tmp = new TempDir();
        SampleGenerator.Write(tmp["p"], new SampleOptions(Regions: 4, Years: 2));
        var regions = File.ReadAllLines(tmp["p/data/regions.csv"]).Skip(1).Select(l => l.Split(';')).ToList();
        // The NRW map without the first sample region's shape.
        var map = JsonNode.Parse(File.ReadAllText(NrwMap))!.AsObject();
        var features = map["features"]!.AsArray();
        var dropped = features.First(f => (string)f!["properties"]!["ags"]! == regions[0][0])!;
        features.Remove(dropped);
        File.WriteAllText(tmp["p/data/karte.geojson"], map.ToJsonString());

        var result = Build(tmp["p"], tmp["site"]);
        Assert.True(result.Written);
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal((Severity.Warning, DiagnosticCodes.MapRegionMissing, "data/karte.geojson"), (d.Severity, d.Code, d.Span.File));
        Assert.Contains($"region {regions[0][0]} ({regions[0][1]})", d.Message);
        var script = File.ReadAllText(tmp["site/assets/karte.js"]);
        Assert.StartsWith("window.ZIELSITE_KARTE = {\"type\":\"FeatureCollection\",\"features\":[", script);
        Assert.Equal(52, script.Split("\"type\":\"Feature\",").Length - 1);   // 53 Kreise of NRW minus the dropped one
        Assert.DoesNotContain("\"bez\"", script);                             // reduced to ags and name
        foreach (var page in new[] { "index.html", "2025/index.html" })
        {
            var html = File.ReadAllText(tmp["site/" + page]);
            Assert.Contains("class=\"map\"", html);
            Assert.Contains("© GeoBasis-DE / BKG (2021)", html);
            Assert.DoesNotContain("FeatureCollection", html);
        }
    }

    [Fact]
    public void A_broken_geojson_stops_the_build_with_an_error_naming_the_file()
    {
        using var tmp = new TempDir();
        SampleGenerator.Write(tmp["p"], new SampleOptions(Regions: 2, Years: 2));
        File.WriteAllText(tmp["p/data/karte.geojson"], "{\"type\":\"FeatureCollection\",\n\"features\":[}");
        var result = Build(tmp["p"], tmp["site"]);
        Assert.False(result.Written);
        var d = Assert.Single(result.Diagnostics, x => x.Severity == Severity.Error);
        Assert.Equal((DiagnosticCodes.MapInvalid, "data/karte.geojson", 2), (d.Code, d.Span.File, d.Span.Line));
    }
}
