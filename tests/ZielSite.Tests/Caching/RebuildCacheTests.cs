using ZielSite.Build;
using ZielSite.Caching;
using ZielSite.Sample;
using Xunit;

namespace ZielSite.Tests.Caching;

/// <summary>
/// The incremental cache never changes the output: after any single change of an input, a rebuild with the cache
/// equals a fresh build without it byte for byte; an unchanged rebuild reuses every unit; a damaged cache and a
/// failed build change nothing either.
/// </summary>
public sealed class RebuildCacheTests
{
    // 6 regions × 3 years (2023–2025, data to June 2025; agreements for 2024 and 2025): 6 × 3 region pages,
    // 3 overviews and 12 agreement originals = 33 units.
    private const int Units = 6 * 3 + 3 + 12;

    private static void Sample(string dir) => SampleGenerator.Write(dir, new SampleOptions(Regions: 6, Years: 3));

    private static BuildResult Build(string project, string site, bool cache = true, string? baseUrl = null, bool strict = false) =>
        SiteBuilder.Build(new BuildOptions(project, site, strict, TestPaths.BuiltinDir, baseUrl)
        {
            CacheDir = cache ? Path.Combine(project, BuildCache.DefaultFolder) : null,
        });

    public static TheoryData<string> Changes() =>
    [
        "data value, last year", "data value, first year", "agreement text", "correction added", "template edited",
        "region renamed", "config changed", "agreement deleted", "base url", "page added", "vergleichstyp changed",
    ];

    [Theory]
    [MemberData(nameof(Changes))]
    public void RebuildAfterOneChangeEqualsAFreshBuild(string change)
    {
        using var tmp = new TempDir();
        var project = tmp["p"];
        Sample(project);
        var first = Build(project, tmp["site"]);
        Assert.True(first.Written, string.Join("\n", first.Diagnostics));
        AssertStats(0, Units, first.Cache);

        string? baseUrl = null;
        Apply(change, project, ref baseUrl);
        var rebuild = Build(project, tmp["site"], baseUrl: baseUrl);
        var fresh = Build(project, tmp["fresh"], cache: false, baseUrl: baseUrl);
        Assert.True(fresh.Written, string.Join("\n", fresh.Diagnostics));
        Assert.True(rebuild.Written, string.Join("\n", rebuild.Diagnostics));
        Assert.Equal(fresh.Diagnostics, rebuild.Diagnostics);
        AssertSameTree(tmp["fresh"], tmp["site"]);
        Assert.True(rebuild.Cache!.Rendered > 0, "the change must make something render anew");
        if (change is "data value, last year" or "agreement text" or "correction added")
            Assert.True(rebuild.Cache.Reused > 0, "a local change must leave other units cached");
    }

    /// <summary>One change of one input (or option) of the sample project.</summary>
    private static void Apply(string change, string project, ref string? baseUrl)
    {
        var data = Path.Combine(project, "data", "kennzahlen");
        var agreement = Path.Combine(project, "content", "agreements", "2025", "kreis-kleve.txt");
        switch (change)
        {
            case "data value, last year": ToggleValue(Path.Combine(data, "2025.csv")); break;
            case "data value, first year": ToggleValue(Path.Combine(data, "2023.csv")); break;
            case "agreement text": File.AppendAllText(agreement, "\nDie Partner treffen sich im Herbst erneut.\n"); break;
            case "correction added":
                File.WriteAllText(Path.ChangeExtension(agreement, null) + ".korrektur.txt", "integrationen >= 3,5 %  # Grund: Test\n");
                break;
            case "template edited":
                var templates = Directory.CreateDirectory(Path.Combine(project, "templates")).FullName;
                var region = File.ReadAllText(Path.Combine(TestPaths.BuiltinDir, "templates", "region.sbn-html"));
                File.WriteAllText(Path.Combine(templates, "region.sbn-html"), region + "\n<!-- edited -->\n");
                break;
            case "region renamed":
                var regions = Path.Combine(project, "data", "regions.csv");
                File.WriteAllText(regions, File.ReadAllText(regions).Replace("Stadt Essen;", "Stadt Essen (Ruhr);", StringComparison.Ordinal));
                break;
            case "vergleichstyp changed":
                var types = Path.Combine(project, "data", "regions.csv");
                File.WriteAllText(types, File.ReadAllText(types).Replace("Stadt Essen;Stadt;IIIa", "Stadt Essen;Stadt;IIb", StringComparison.Ordinal));
                break;
            case "config changed": File.WriteAllText(Path.Combine(project, "zielsite.json"), """{ "title": "Ziele im Test" }"""); break;
            case "agreement deleted": File.Delete(agreement); break;
            case "base url": baseUrl = "https://example.org/ziele/"; break;
            case "page added":
                Directory.CreateDirectory(Path.Combine(project, "content", "pages"));
                File.WriteAllText(Path.Combine(project, "content", "pages", "kontakt.md"), "# Kontakt\n\nSchreiben Sie uns.\n");
                break;
            default: throw new ArgumentException(change);
        }
    }

    /// <summary>Adds 1 to the value of the first data row (the last field of line 2).</summary>
    private static void ToggleValue(string csv)
    {
        var lines = File.ReadAllLines(csv);
        var fields = lines[1].Split(';');
        fields[^1] = (long.Parse(fields[^1], System.Globalization.CultureInfo.InvariantCulture) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        lines[1] = string.Join(';', fields);
        File.WriteAllText(csv, string.Join('\n', lines) + "\n");
    }

    [Fact]
    public void UnchangedRebuildReusesEveryUnitAndChangesNoByte()
    {
        using var tmp = new TempDir();
        Sample(tmp["p"]);
        AssertStats(0, Units, Build(tmp["p"], tmp["site"]).Cache);
        var again = Build(tmp["p"], tmp["site"]);
        AssertStats(Units, 0, again.Cache);
        Build(tmp["p"], tmp["fresh"], cache: false);
        AssertSameTree(tmp["fresh"], tmp["site"]);
        Assert.Null(Build(tmp["p"], tmp["other"], cache: false).Cache);
    }

    [Fact]
    public void OneDataValueOfTheLastYearRendersOnlyThatYear()
    {
        using var tmp = new TempDir();
        Sample(tmp["p"]);
        Build(tmp["p"], tmp["site"]);
        ToggleValue(Path.Combine(tmp["p"], "data", "kennzahlen", "2025.csv"));
        // 2025: 6 region pages and the overview render anew (ranks and totals of every region change);
        // 2023's and 2024's 12 pages and 2 overviews and the 12 originals are reused: 33 − 7 = 26.
        AssertStats(26, 7, Build(tmp["p"], tmp["site"]).Cache);
    }

    [Fact]
    public void A_changed_target_renders_every_region_page_of_its_year_a_changed_sentence_only_its_own()
    {
        using var tmp = new TempDir();
        Sample(tmp["p"]);
        Build(tmp["p"], tmp["site"]);
        var agreement = Path.Combine(tmp["p"], "content", "agreements", "2025", "kreis-kleve.txt");
        // A sentence that sets no target: Kleve's page (it shows the text), the 2025 overview and the published
        // original render anew; the other regions' pages are reused: 33 − 3 = 30.
        File.AppendAllText(agreement, "\nDie Partner treffen sich im Herbst erneut.\n");
        AssertStats(30, 3, Build(tmp["p"], tmp["site"]).Cache);
        // A target set by hand: every 2025 region page lists Kleve's target in the tables of its comparison figures,
        // so all 6 render anew with the overview; the original (the same file) is reused: 33 − 7 = 26.
        File.WriteAllText(Path.ChangeExtension(agreement, null) + ".korrektur.txt", "integrationen >= 3,5 %  # Grund: Test\n");
        AssertStats(26, 7, Build(tmp["p"], tmp["site"]).Cache);
        Build(tmp["p"], tmp["fresh"], cache: false);
        AssertSameTree(tmp["fresh"], tmp["site"]);
    }

    [Theory]
    [InlineData("index garbage")]
    [InlineData("index truncated")]
    [InlineData("files truncated")]
    [InlineData("files garbage")]
    [InlineData("files deleted")]
    public void DamagedCacheGivesTheSameOutput(string damage)
    {
        using var tmp = new TempDir();
        Sample(tmp["p"]);
        Build(tmp["p"], tmp["site"]);
        var cache = Path.Combine(tmp["p"], BuildCache.DefaultFolder);
        var index = Path.Combine(cache, "index.bin");
        var files = Directory.GetFiles(Path.Combine(cache, "files")).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(6 * 3 * 3 + 3 * 2 + 12, files.Count); // 3 files per region page, 2 per overview (page and year CSV), one per original
        switch (damage)
        {
            case "index garbage": File.WriteAllBytes(index, Enumerable.Range(0, 5000).Select(i => (byte)(i * 7)).ToArray()); break;
            case "index truncated": File.WriteAllBytes(index, File.ReadAllBytes(index)[..^100]); break;
            case "files truncated": foreach (var f in files) Truncate(f); break;
            case "files garbage": foreach (var f in files) Replace(f, "<html>kaputt</html>"u8.ToArray()); break;
            case "files deleted": foreach (var f in files) File.Delete(f); break;
        }
        var rebuild = Build(tmp["p"], tmp["site"]);
        Assert.True(rebuild.Written);
        AssertStats(0, Units, rebuild.Cache);
        Build(tmp["p"], tmp["fresh"], cache: false);
        AssertSameTree(tmp["fresh"], tmp["site"]);
        // The rebuild repaired the cache.
        AssertStats(Units, 0, Build(tmp["p"], tmp["site"]).Cache);
        AssertSameTree(tmp["fresh"], tmp["site"]);
    }

    // Cache files are hard links of the site's files: replace them (new inode) rather than write into them,
    // as damage to the cache alone would look.
    private static void Truncate(string file) => Replace(file, File.ReadAllBytes(file)[..(int)(new FileInfo(file).Length / 2)]);

    private static void Replace(string file, byte[] bytes)
    {
        File.Delete(file);
        File.WriteAllBytes(file, bytes);
    }

    [Fact]
    public void SiteFileEditedInPlaceWithTheSameSizeIsRenderedAgainNotReused()
    {
        using var tmp = new TempDir();
        Sample(tmp["p"]);
        Build(tmp["p"], tmp["site"]);
        // A post-processing step that writes into a published page keeps its inode, which the cache shares (a hard
        // link): the size stays, the content changes. The next build must not publish the edited bytes.
        var page = Directory.GetFiles(tmp["site"], "index.html", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(Path.GetDirectoryName(Path.GetDirectoryName(f))!).All(char.IsAsciiDigit))
            .Order(StringComparer.Ordinal).First();
        var bytes = File.ReadAllBytes(page);
        var at = Array.LastIndexOf(bytes, (byte)'>');
        bytes[at - 1] = bytes[at - 1] == (byte)'l' ? (byte)'L' : (byte)'l';
        using (var stream = new FileStream(page, FileMode.Open, FileAccess.Write)) stream.Write(bytes);
        File.SetLastWriteTimeUtc(page, DateTime.UtcNow.AddSeconds(5)); // a write sets it; made sure of here (coarse clocks)
        var rebuild = Build(tmp["p"], tmp["site"]);
        Assert.True(rebuild.Written);
        AssertStats(Units - 1, 1, rebuild.Cache);
        Build(tmp["p"], tmp["fresh"], cache: false);
        AssertSameTree(tmp["fresh"], tmp["site"]);
    }

    [Fact]
    public void SiteFileEditedWithItsSizeAndTimeKeptIsRenderedAgainNotReused()
    {
        using var tmp = new TempDir();
        Sample(tmp["p"]);
        Build(tmp["p"], tmp["site"]);
        // Size and mtime restored after the edit (touch -r, rsync -t): only the content hash tells it changed.
        var page = Directory.GetFiles(tmp["site"], "index.html", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(Path.GetDirectoryName(Path.GetDirectoryName(f))!).All(char.IsAsciiDigit))
            .Order(StringComparer.Ordinal).First();
        var written = File.GetLastWriteTimeUtc(page);
        var bytes = File.ReadAllBytes(page);
        var at = Array.LastIndexOf(bytes, (byte)'>');
        bytes[at - 1] = bytes[at - 1] == (byte)'l' ? (byte)'L' : (byte)'l';
        using (var stream = new FileStream(page, FileMode.Open, FileAccess.Write)) stream.Write(bytes);
        File.SetLastWriteTimeUtc(page, written);
        var rebuild = Build(tmp["p"], tmp["site"]);
        Assert.True(rebuild.Written);
        AssertStats(Units - 1, 1, rebuild.Cache);
        Build(tmp["p"], tmp["fresh"], cache: false);
        AssertSameTree(tmp["fresh"], tmp["site"]);
    }

    [Fact]
    public void TheCacheDeletesOnlyFilesItWroteAFileOfSomeoneElseStays()
    {
        using var tmp = new TempDir();
        Sample(tmp["p"]);
        Build(tmp["p"], tmp["site"]);
        var files = Path.Combine(tmp["p"], BuildCache.DefaultFolder, "files");
        var foreign = Path.Combine(files, "notizen.txt");
        File.WriteAllText(foreign, "meins");
        var stale = Path.Combine(files, new string('a', 64) + "-0"); // the cache's own name, no entry: removed
        File.WriteAllText(stale, "alt");
        File.Delete(Path.Combine(tmp["p"], BuildCache.DefaultFolder, "index.bin")); // every unit renders, then the cache is saved and pruned
        Assert.True(Build(tmp["p"], tmp["site"]).Written);
        Assert.Equal("meins", File.ReadAllText(foreign));
        Assert.False(File.Exists(stale));
    }

    [Fact]
    public void FailedRebuildKeepsThePreviousSiteAndDoesNotPoisonTheCache()
    {
        using var tmp = new TempDir();
        var project = tmp["p"];
        Sample(project);
        Build(project, tmp["site"], strict: true); // --strict is part of every unit's key
        var index = Path.Combine(project, BuildCache.DefaultFolder, "index.bin");
        var indexBefore = File.ReadAllBytes(index);
        var snapshot = tmp["snapshot"];
        CopyTree(tmp["site"], snapshot);

        // A data change and a page with a broken link: with --strict the link warning fails the build after
        // everything was rendered (the changed pages included).
        ToggleValue(Path.Combine(project, "data", "kennzahlen", "2025.csv"));
        Directory.CreateDirectory(Path.Combine(project, "content", "pages"));
        var page = Path.Combine(project, "content", "pages", "kontakt.md");
        File.WriteAllText(page, "# Kontakt\n\n[Formular](formular/index.html)\n");
        var failed = Build(project, tmp["site"], strict: true);
        Assert.False(failed.Written);
        Assert.Contains(failed.Diagnostics, d => d.Code == Diagnostics.DiagnosticCodes.BrokenLink);
        Assert.Null(failed.Cache);
        AssertSameTree(snapshot, tmp["site"]);
        Assert.Equal(indexBefore, File.ReadAllBytes(index));

        File.Delete(page);
        var rebuild = Build(project, tmp["site"], strict: true);
        Assert.True(rebuild.Written, string.Join("\n", rebuild.Diagnostics));
        AssertStats(26, 7, rebuild.Cache);
        Build(project, tmp["fresh"], cache: false, strict: true);
        AssertSameTree(tmp["fresh"], tmp["site"]);
    }

    [Fact]
    public void CacheInsideTheOutputFolderIsRefused()
    {
        using var tmp = new TempDir();
        Sample(tmp["p"]);
        var result = SiteBuilder.Build(new BuildOptions(tmp["p"], tmp["site"], false, TestPaths.BuiltinDir) { CacheDir = Path.Combine(tmp["site"], "cache") });
        Assert.False(result.Written);
        Assert.Contains(result.Diagnostics, d => d.Code == Diagnostics.DiagnosticCodes.OutputRefused);
    }

    private static void CopyTree(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private static void AssertStats(int reused, int rendered, CacheStats? actual)
    {
        Assert.NotNull(actual);
        Assert.Equal((reused, rendered, true), (actual.Reused, actual.Rendered, actual.Saved));
    }

    [Fact]
    public void UnchangedAgreementsAreNotParsedAgainAndEqualAFreshParse()
    {
        using var tmp = new TempDir();
        Sample(tmp["p"]);
        Assert.Equal(0, Build(tmp["p"], tmp["site"]).Cache!.AgreementsReused);
        File.AppendAllText(Path.Combine(tmp["p"], "content", "agreements", "2025", "kreis-kleve.txt"), "\nNachtrag.\n");
        Assert.Equal(11, Build(tmp["p"], tmp["site"]).Cache!.AgreementsReused); // 12 agreements, one changed

        // What the cache returns is what the parser gives, member for member (the JSON has every public member).
        var inputs = ZielSite.Inputs.ProjectLoader.Load(tmp["p"], TestPaths.BuiltinDir, new ZielSite.Diagnostics.DiagnosticBag());
        var fresh = ProjectAnalysis.ParseAgreements(inputs, new ZielSite.Diagnostics.DiagnosticBag());
        var cache = AgreementCache.Open(Path.Combine(tmp["p"], BuildCache.DefaultFolder));
        var cached = ProjectAnalysis.ParseAgreements(inputs, new ZielSite.Diagnostics.DiagnosticBag(), cache);
        Assert.Equal(12, cache.Hits);
        Assert.Equal(fresh.Select(a => System.Text.Json.JsonSerializer.Serialize(a, AgreementCache.Json)),
            cached.Select(a => System.Text.Json.JsonSerializer.Serialize(a, AgreementCache.Json)));
        Assert.Equal(fresh.Select(ZielSite.Agreements.AgreementJson.ToJson), cached.Select(ZielSite.Agreements.AgreementJson.ToJson));
        Assert.Contains(cached, a => a.Targets.Count > 0 && a.Blocks.Count > 0 && a.Parties.Count > 0);
    }

    /// <summary>Same relative paths, same bytes.</summary>
    internal static void AssertSameTree(string expected, string actual)
    {
        static List<string> Files(string dir) => Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(dir, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();
        var files = Files(expected);
        Assert.Equal(files, Files(actual));
        foreach (var f in files)
            Assert.True(File.ReadAllBytes(Path.Combine(expected, f)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(actual, f))), $"{f} differs");
    }
}
