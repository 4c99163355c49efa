using System.Text;
using ZielSite.Diagnostics;
using ZielSite.Inputs;
using ZielSite.Rendering;

namespace ZielSite.Tests.Rendering;

/// <summary>
/// The terms of the Statistik der Bundesagentur für Arbeit: own calculations on its data are marked as such and, on
/// the web, linked to its homepage. Every page says so in its footer, every download in a field or last row; the
/// words and the link come from <c>data/provenance.json</c> (<c>attribution</c>, <c>url</c>), with the BA's defaults.
/// </summary>
public class AttributionTests
{
    private static Provenance Read(string json, DiagnosticBag? bag = null) =>
        ProvenanceReader.Read(json, "data/provenance.json", bag ?? new DiagnosticBag())!;

    [Fact]
    public void Real_data_default_to_the_BA_wording_and_homepage_sample_data_say_they_are_sample_data()
    {
        var real = Read("""{"source": "Statistik der BA, Kennzahlen nach § 48a SGB II", "retrieved": "2026-11-30"}""");
        Assert.Equal("Eigene Berechnung auf Grundlage von Daten der Statistik der Bundesagentur für Arbeit", real.AttributionText);
        Assert.Equal("https://statistik.arbeitsagentur.de/", real.AttributionUrl);
        var sample = Read("""{"source": "zielsite sample", "is_sample": true}""");
        Assert.Equal("Eigene Berechnung auf generierten Musterdaten, nicht auf Daten der Statistik der Bundesagentur für Arbeit", sample.AttributionText);
        Assert.Null(sample.AttributionUrl);
        var own = Read("""{"source": "IT.NRW", "attribution": "Eigene Berechnung auf Daten von IT.NRW", "url": "https://www.it.nrw/statistik"}""");
        Assert.Equal("Eigene Berechnung auf Daten von IT.NRW", own.AttributionText);
        Assert.Equal("https://www.it.nrw/statistik", own.AttributionUrl);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("ftp://statistik.arbeitsagentur.de/")]
    [InlineData("statistik.arbeitsagentur.de")]
    [InlineData("//statistik.arbeitsagentur.de/")]
    public void A_url_that_is_not_http_or_https_is_an_error_naming_the_file(string url)
    {
        var bag = new DiagnosticBag();
        var p = Read($$"""{"source": "BA", "url": "{{url}}"}""", bag);
        var d = Assert.Single(bag.ToSortedList());
        Assert.Equal(Severity.Error, d.Severity);
        Assert.Equal(DiagnosticCodes.ProvenanceInvalid, d.Code);
        Assert.Equal("data/provenance.json", d.Span.File);
        Assert.Contains($"'url' must be an http or https address, found '{url}'", d.Message);
        Assert.Null(p.Url);
    }

    [Fact]
    public void Every_page_and_download_of_real_data_carries_the_attribution_and_the_link_is_no_outside_host_warning()
    {
        var site = new RenderedSite(TestSite.Model(isSample: false));
        const string words = "Eigene Berechnung auf Grundlage von Daten der Statistik der Bundesagentur für Arbeit";
        foreach (var page in site.Files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal)))
        {
            var html = Encoding.UTF8.GetString(page.Content.Span);
            Assert.True(html.Contains($"<p class=\"attribution\">{words} (<a href=\"https://statistik.arbeitsagentur.de/\">statistik.arbeitsagentur.de</a>).</p>", StringComparison.Ordinal),
                $"{page.Path} has no attribution");
        }
        var line = $"{words} (https://statistik.arbeitsagentur.de/)";
        Assert.Equal("Quelle: " + line, site.Text("2023/uebersicht-2023.csv").TrimEnd('\n').Split('\n')[^1]);
        Assert.Equal("Quelle;" + line, site.Text("2023/kreis-borken/daten.csv").TrimEnd('\n').Split('\n')[^1]);
        Assert.StartsWith($"{{\"attribution\":\"{line}\",", site.Text("2023/kreis-borken/daten.json"));

        // The link the data owner requires is declared by the project: the link check does not report it.
        var links = new LinkIndex();
        foreach (var f in site.Files) links.Add(f);
        var bag = new DiagnosticBag();
        links.Check(bag);
        Assert.Contains(bag.ToSortedList(), d => d.Code == DiagnosticCodes.ExternalReference && d.Message.Contains("statistik.arbeitsagentur.de", StringComparison.Ordinal));
        links.AllowLink("https://statistik.arbeitsagentur.de/");
        var allowed = new DiagnosticBag();
        links.Check(allowed);
        Assert.DoesNotContain(allowed.ToSortedList(), d => d.Message.Contains("statistik.arbeitsagentur.de", StringComparison.Ordinal));
    }
}
