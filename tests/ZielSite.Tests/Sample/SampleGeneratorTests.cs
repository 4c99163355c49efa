using System.Text;
using ZielSite.Inputs;
using ZielSite.Sample;

namespace ZielSite.Tests.Sample;

public sealed class SampleGeneratorTests
{
    [Fact]
    public void Same_options_give_the_same_bytes()
    {
        var options = new SampleOptions(Regions: 20, Years: 3, Seed: 7);
        using var a = new SampleProject(options);
        using var b = new SampleProject(options);
        var files = a.Files();
        Assert.Equal(files, b.Files());
        foreach (var f in files)
            Assert.True(File.ReadAllBytes(Path.Combine(a.Root, f)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(b.Root, f))), f);
    }

    [Fact]
    public void Another_seed_gives_other_data_and_texts()
    {
        using var a = new SampleProject(new SampleOptions(Regions: 18, Years: 2, Seed: 1));
        using var b = new SampleProject(new SampleOptions(Regions: 18, Years: 2, Seed: 2));
        Assert.NotEqual(File.ReadAllText(Path.Combine(a.Root, "data/kennzahlen/2025.csv")), File.ReadAllText(Path.Combine(b.Root, "data/kennzahlen/2025.csv")));
        Assert.NotEqual(
            SampleGenerator.Agreements(new SampleOptions(Seed: 1)).Select(g => g.Text),
            SampleGenerator.Agreements(new SampleOptions(Seed: 2)).Select(g => g.Text));
    }

    [Fact]
    public void Writes_the_project_layout_in_UTF8_without_BOM_and_with_LF()
    {
        using var p = new SampleProject(new SampleOptions(Regions: 3, Years: 2));
        // Years 2024–2025 plus the December 2023 the first year's K2 needs; agreements for 2025 only (3 regions).
        string[] expected =
        [
            "content/agreements/2025/stadt-essen.txt",
            "content/agreements/2025/stadt-muelheim-an-der-ruhr.txt",
            "content/agreements/2025/stadt-solingen.txt",
            "content/pages/barrierefreiheit.md",
            "content/pages/impressum.md",
            "data/kennzahlen/2023.csv",
            "data/kennzahlen/2024.csv",
            "data/kennzahlen/2025.csv",
            "data/provenance.json",
            "data/regions.csv",
            "zielsite.json",
        ];
        Assert.Equal(expected, p.Files());
        foreach (var f in expected)
        {
            var bytes = File.ReadAllBytes(Path.Combine(p.Root, f));
            Assert.False(bytes.AsSpan().StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }), f);
            Assert.DoesNotContain((byte)'\r', bytes);
            Assert.Equal((byte)'\n', bytes[^1]);
        }
        // The December file holds 3 regions × 14 measures of 2023-12 only.
        var december = File.ReadAllLines(Path.Combine(p.Root, "data/kennzahlen/2023.csv"));
        Assert.Equal(1 + 3 * 14, december.Length);
        Assert.All(december.Skip(1), l => Assert.Contains(";2023-12;", l));
    }

    [Fact]
    public void Rows_are_sorted_by_ags_month_and_measure()
    {
        using var p = new SampleProject(new SampleOptions(Regions: 19, Years: 1));
        var rows = File.ReadAllLines(Path.Combine(p.Root, "data/kennzahlen/2025.csv")).Skip(1).Select(l => l.Split(';')).ToArray();
        // 19 regions × 6 months × 14 measures.
        Assert.Equal(19 * 6 * 14, rows.Length);
        var keys = rows.Select(r => (r[0], r[1], r[2])).ToArray();
        var sorted = keys.OrderBy(k => k.Item1, StringComparer.Ordinal).ThenBy(k => k.Item2, StringComparer.Ordinal)
            .ThenBy(k => k.Item3, StringComparer.Ordinal).ToArray();
        Assert.Equal(sorted, keys);
        Assert.Equal(("05113", "2025-01", "bg"), keys[0]);
        Assert.Equal(("10000", "2025-06", "lzb_4j"), keys[^1]);
    }

    [Fact]
    public void Default_regions_are_the_repository_regions()
    {
        using var p = new SampleProject(new SampleOptions());
        var repo = File.ReadAllBytes(Path.Combine(SampleProject.RepoRoot(), "data/regions.csv"));
        Assert.Equal(repo, File.ReadAllBytes(Path.Combine(p.Root, "data/regions.csv")));
    }

    [Fact]
    public void Provenance_marks_the_data_as_sample()
    {
        using var p = new SampleProject(new SampleOptions(Regions: 1, Years: 1));
        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(Path.Combine(p.Root, "data/provenance.json")));
        var root = json.RootElement;
        Assert.Equal("ZielSite-Stichprobengenerator (zielsite sample)", root.GetProperty("source").GetString());
        Assert.True(root.GetProperty("is_sample").GetBoolean());
        var note = root.GetProperty("note").GetString()!;
        Assert.Contains("keine amtliche Statistik der Bundesagentur für Arbeit", note);
        Assert.Contains("kalibriert", note);
    }

    [Fact]
    public void Many_regions_and_years_get_unique_names_slugs_and_ags()
    {
        var options = new SampleOptions(Regions: 404, Years: 10);
        using var p = new SampleProject(options);
        var lines = File.ReadAllLines(Path.Combine(p.Root, "data/regions.csv"), Encoding.UTF8);
        Assert.Equal(405, lines.Length);
        var rows = lines.Skip(1).Select(l => l.Split(';')).ToArray();
        Assert.Equal(404, rows.Select(r => r[0]).Distinct().Count());
        Assert.Equal(404, rows.Select(r => Slug.From(r[1])).Distinct().Count());
        Assert.All(rows, r => Assert.Matches("^[0-9]{5}$", r[0]));
        Assert.All(rows, r => Assert.Matches(r[2] == "Stadt" ? "^Stadt [A-ZÄÖÜ]" : "^(Kreis [A-ZÄÖÜ]|.+[Kk]reis$)", r[1]));
        // AGS ascend (real ones first, then 10000 …), so regions.csv is in AGS order.
        Assert.Equal(rows.Select(r => r[0]).Order(StringComparer.Ordinal), rows.Select(r => r[0]));
        Assert.Equal("10385", rows[^1][0]);
        // 2016–2025: ten data files plus the December 2015; agreements 2017–2025 for every region.
        Assert.Equal(11, Directory.GetFiles(Path.Combine(p.Root, "data/kennzahlen")).Length);
        Assert.Equal(404 * 9, Directory.GetFiles(Path.Combine(p.Root, "content/agreements"), "*.txt", SearchOption.AllDirectories).Length);
    }

    [Fact]
    public void A_region_and_year_do_not_depend_on_how_many_are_generated()
    {
        using var small = new SampleProject(new SampleOptions(Regions: 18, Years: 2));
        using var large = new SampleProject(new SampleOptions(Regions: 25, Years: 4));
        string Rows(SampleProject p) => string.Join('\n', File.ReadAllLines(Path.Combine(p.Root, "data/kennzahlen/2025.csv"))
            .Where(l => string.CompareOrdinal(l, "10000") < 0));
        Assert.Equal(Rows(small), Rows(large));
        Assert.Equal(
            File.ReadAllText(Path.Combine(small.Root, "content/agreements/2025/kreis-lippe.txt")),
            File.ReadAllText(Path.Combine(large.Root, "content/agreements/2025/kreis-lippe.txt")));
    }

    [Fact]
    public void Existing_agreements_are_kept_only_when_asked()
    {
        const string own = "Eigene Vereinbarung\n";
        void Prepare(string root)
        {
            Directory.CreateDirectory(Path.Combine(root, "content/agreements/2025"));
            File.WriteAllText(Path.Combine(root, "content/agreements/2025/kreis-kleve.txt"), own);
        }
        using var kept = new SampleProject(new SampleOptions(Regions: 5, Years: 2, KeepExistingAgreements: true), Prepare);
        using var replaced = new SampleProject(new SampleOptions(Regions: 5, Years: 2), Prepare);
        Assert.Equal(own, File.ReadAllText(Path.Combine(kept.Root, "content/agreements/2025/kreis-kleve.txt")));
        Assert.StartsWith(AgreementNotice, File.ReadAllText(Path.Combine(replaced.Root, "content/agreements/2025/kreis-kleve.txt")));
        Assert.StartsWith(AgreementNotice, File.ReadAllText(Path.Combine(kept.Root, "content/agreements/2025/stadt-essen.txt")));
    }

    [Fact]
    public void Invalid_options_are_reported_not_guessed()
    {
        Assert.Empty(new SampleOptions().Validate());
        Assert.Single(new SampleOptions(Regions: 0).Validate());
        Assert.Single(new SampleOptions(Years: 0).Validate());
        Assert.Single(new SampleOptions(LastMonth: new YearMonth(2025, 13)).Validate());
        Assert.Throws<ArgumentException>(() => SampleGenerator.Regions(new SampleOptions(Regions: -1)));
    }

    [Fact]
    public void Last_month_and_years_set_the_range()
    {
        var options = new SampleOptions(Years: 6);
        Assert.Equal((2020, 2025), (options.FirstYear, options.LastYear));
        var later = new SampleOptions(Years: 2, LastMonth: new YearMonth(2026, 3));
        Assert.Equal((2025, 2026), (later.FirstYear, later.LastYear));
        using var p = new SampleProject(later with { Regions = 1 });
        var months = File.ReadAllLines(Path.Combine(p.Root, "data/kennzahlen/2026.csv")).Skip(1).Select(l => l.Split(';')[1]).Distinct();
        Assert.Equal(["2026-01", "2026-02", "2026-03"], months);
    }

    internal const string AgreementNotice = "Dies ist ein generierter Beispieltext (Musterdaten), keine echte Zielvereinbarung.\n";

    private static readonly string[] AllTypes = ["Ia", "Ib", "IIa", "IIb", "IIIa"], CityTypes = ["IIb", "IIIa"];

    [Fact]
    public void Regions_get_a_vergleichstyp_by_kind_and_integrationsquote()
    {
        using var p = new SampleProject(new SampleOptions(Regions: 18, Years: 2));
        var lines = File.ReadAllLines(Path.Combine(p.Root, "data/regions.csv"));
        Assert.Equal("ags;name;kind;vergleichstyp", lines[0]);
        var types = lines.Skip(1).Select(l => l.Split(';')).ToDictionary(f => f[1], f => f[3]);
        // Cities: K2 base 18.6 (Mülheim), 19.7 (Solingen), 22.7 (Münster) are at least 18.5; Essen 17.4, Wuppertal 18.1, Hamm 18.0 below.
        Assert.Equal(["Stadt Mülheim an der Ruhr", "Stadt Münster", "Stadt Solingen"], types.Where(t => t.Value == "IIb").Select(t => t.Key).Order());
        Assert.Equal(["Stadt Essen", "Stadt Hamm", "Stadt Wuppertal"], types.Where(t => t.Value == "IIIa").Select(t => t.Key).Order());
        // Kreise: Borken 15.4, Recklinghausen 16.3, Ennepe-Ruhr 19.6, Düren 20.2 below 20.5; Lippe 20.6, Minden 21.1, Kleve 21.6 below 22.
        Assert.Equal(["Ennepe-Ruhr-Kreis", "Kreis Borken", "Kreis Düren", "Kreis Recklinghausen"], types.Where(t => t.Value == "IIa").Select(t => t.Key).Order());
        Assert.Equal(["Kreis Kleve", "Kreis Lippe", "Kreis Minden-Lübbecke"], types.Where(t => t.Value == "Ib").Select(t => t.Key).Order());
        Assert.Equal(5, types.Count(t => t.Value == "Ia"));
        // Read back without a diagnostic; generated regions get types by the same rule, the same for the same seed.
        var bag = new ZielSite.Diagnostics.DiagnosticBag();
        using var big = new SampleProject(new SampleOptions(Regions: 40, Years: 2, Seed: 3));
        var regions = RegionReader.Read(File.OpenRead(Path.Combine(big.Root, "data/regions.csv")), "data/regions.csv", bag);
        Assert.Empty(bag.ToSortedList());
        Assert.All(regions, r => Assert.Contains(r.ComparisonType, AllTypes));
        Assert.All(regions.Where(r => r.Kind == RegionKind.Stadt), r => Assert.Contains(r.ComparisonType, CityTypes));
    }
}
