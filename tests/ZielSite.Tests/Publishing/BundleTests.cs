using System.IO.Compression;
using System.Text;
using ZielSite.Diagnostics;
using ZielSite.Output;
using ZielSite.Publishing;

namespace ZielSite.Tests.Publishing;

public class BundleTests
{
    private static readonly Dictionary<string, string> Inputs = new()
    {
        ["data/regions.csv"] = new string('a', 64),
        ["content/agreements/2023/kreis-borken.txt"] = new string('b', 64),
    };

    private static readonly Diagnostic[] Warnings =
        [new(Severity.Warning, DiagnosticCodes.CsvValueInvalid, new SourceSpan("data/kennzahlen/2023.csv", 14, 3), "value 'x' is not a number")];

    private static byte[] Bundle(IReadOnlyList<OutputFile> site, DateTimeOffset? time = null)
    {
        using var buffer = new MemoryStream();
        ZipWriter.Write(buffer, BundleBuilder.Entries(site, Inputs, Warnings, "0.1.0+test"), time ?? ZipWriter.DefaultTimestamp);
        return buffer.ToArray();
    }

    private static IReadOnlyList<OutputFile> SiteFromDisk()
    {
        // Read back from a folder, as the bundle command does, including the marker file it must leave out.
        var temp = new TempDir();
        Samples.WriteTo(temp.Path, Samples.Site());
        File.WriteAllText(temp[".zielsite-output"], "marker");
        var site = SiteReader.Read(temp.Path);
        temp.Dispose();
        return site;
    }

    [Fact]
    public void Two_bundles_of_the_same_site_are_the_same_bytes()
    {
        var a = Bundle(SiteFromDisk());
        var b = Bundle(SiteFromDisk().Reverse().ToList());
        Assert.Equal(a, b);
        // The timestamp is part of the bytes: SOURCE_DATE_EPOCH changes them, deterministically.
        var t = ZipWriter.Timestamp("1700000000")!.Value;
        Assert.Equal(Bundle(SiteFromDisk(), t), Bundle(SiteFromDisk(), t));
        Assert.NotEqual(a, Bundle(SiteFromDisk(), t));
    }

    [Fact]
    public void The_bundle_holds_the_site_under_site_a_manifest_and_the_review_with_fixed_timestamps()
    {
        using var zip = new ZipArchive(new MemoryStream(Bundle(SiteFromDisk())));
        var names = zip.Entries.Select(e => e.FullName).ToList();
        Assert.Equal(names.Order(StringComparer.Ordinal), names);
        Assert.Contains("site/2023/kreis-borken/index.html", names);
        Assert.Contains("REVIEW.md", names);
        Assert.Contains("manifest.json", names);
        Assert.DoesNotContain("site/.zielsite-output", names);
        Assert.All(zip.Entries, e => Assert.Equal(new DateTime(1980, 1, 1), e.LastWriteTime.DateTime));

        using var m = zip.GetEntry("manifest.json")!.Open();
        var manifest = SiteManifest.Read(m);
        Assert.Equal("0.1.0+test", manifest.ToolVersion);
        Assert.Equal(Inputs.Keys.Order(StringComparer.Ordinal), manifest.Inputs.Select(p => p.Key));
        var css = manifest.Files.Single(f => f.Path == "site/assets/site.css");
        var cssBytes = Samples.Site().Single(f => f.Path == "assets/site.css").Content.ToArray();
        Assert.Equal(cssBytes.Length, css.Size);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(cssBytes)), css.Sha256);
        // Every entry but the manifest itself is listed: 14 site files + REVIEW.md.
        Assert.Equal(15, manifest.Files.Count);
    }

    [Fact]
    public void SOURCE_DATE_EPOCH_before_1980_is_clamped_and_odd_seconds_rounded_down()
    {
        Assert.Equal(ZipWriter.DefaultTimestamp, ZipWriter.Timestamp("0"));
        Assert.Equal(ZipWriter.DefaultTimestamp, ZipWriter.Timestamp(null));
        // 1700000001 = 2023-11-14T22:13:21Z → 22:13:20 (zip stores even seconds).
        Assert.Equal(new DateTimeOffset(2023, 11, 14, 22, 13, 20, TimeSpan.Zero), ZipWriter.Timestamp("1700000001"));
        Assert.Null(ZipWriter.Timestamp("yesterday"));
    }

    [Fact]
    public void Region_years_without_targets_are_named_in_one_line()
    {
        var results = Samples.Document();
        var doc = results with { Results = results.Results.Select(r => r.Ags == "05512" ? r with { Targets = [] } : r).ToList() };
        var review = ReviewReport.Render(doc, [], "0.1.0", 3);
        Assert.Contains("Ohne vereinbarte Ziele (1): Stadt Bottrop\n", review);
        Assert.DoesNotContain("| Stadt Bottrop", review);
        Assert.Contains("Keine.\n", review);
        Assert.DoesNotContain("Musterdaten", ReviewReport.Render(doc with { IsSample = false }, [], "0.1.0", 3));
    }

    [Fact]
    public void The_review_lists_targets_values_verdicts_diagnostics_and_the_sample_notice()
    {
        var review = Encoding.UTF8.GetString(BundleBuilder.Entries(Samples.Site(), Inputs, Warnings, "0.1.0").Single(e => e.Path == "REVIEW.md").Content.Span);
        Assert.Contains("**Musterdaten:**", review);
        Assert.Contains("## 2023", review);
        Assert.Contains("| Region | Stand | Ziel | Zielwert | Ist | Verglichen | Urteil |", review);
        Assert.Contains("| Kreis Borken (05554) | Dezember 2023 | Zahl der Integrationen | mindestens +12,6\u00A0% | +13,10\u00A0% | +13,1\u00A0% | erreicht |", review);
        Assert.Contains("|  |  | Bestand an Langzeitleistungsbeziehenden (K3) | höchstens −5,2\u00A0% | −5,00\u00A0% | −5,0\u00A0% | **verfehlt** |", review);
        Assert.Contains("| Stadt Bottrop (05512) | November 2023 (vorläufig) | Integrationsquote (K2) | mindestens 0,0\u00A0% | +0,40\u00A0% | +0,4\u00A0% | auf Kurs |", review);
        Assert.Contains("Ziele: 1 erreicht, 1 verfehlt, 1 auf Kurs", review);
        Assert.DoesNotContain("Ohne vereinbarte Ziele", review);
        Assert.Contains("data/kennzahlen/2023.csv:14:3: warning: value 'x' is not a number [ZS0202]", review);
    }
}
