using System.Globalization;
using System.Text;
using ZielSite.Agreements;
using ZielSite.Diagnostics;
using ZielSite.Inputs;
using ZielSite.Narrative;
using ZielSite.Wording;

namespace ZielSite.Tests.Agreements;

/// <summary>
/// Every Kreis of Germany in regions.csv (tests/corpus/regions/kreise-2021.csv, 401 regions with their official
/// kinds) and agreements of 50 of them in three cover layouts, whose bodies name the previous year more often than
/// the agreement's year and name a neighbour region several times: every region and year must be the cover's.
/// </summary>
public class NationwideRegionTests
{
    private static readonly Lazy<IReadOnlyList<Region>> AllRegions = new(() =>
    {
        var bag = new DiagnosticBag();
        var path = Path.Combine(CorpusSupport.RepoRoot, "tests", "corpus", "regions", "kreise-2021.csv");
        using var stream = File.OpenRead(path);
        var regions = RegionReader.Read(stream, "kreise-2021.csv", bag);
        Assert.Empty(bag.ToSortedList());
        return regions;
    });

    /// <summary>Regions whose names are close to another's or that have an unusual kind, and then every eighth.</summary>
    private static readonly string[] Hard =
    [
        "06611", "06633", "07336", "09464", "09475", "03241", "05334", "10041", "05962", "09374", "07316", "09571",
        "09663", "09679", "14713", "14729", "08111", "08121", "08125", "15002",
    ];

    [Fact]
    public void Reads_all_401_regions_with_their_kinds()
    {
        var regions = AllRegions.Value;
        Assert.Equal(401, regions.Count);
        Assert.Equal(RegionKind.Stadtkreis, regions.Single(r => r.Ags == "08111").Kind);
        Assert.Equal("des Landkreises Kassel", RegionGrammar.Genitive(regions.Single(r => r.Ags == "06633").Name, RegionKind.Landkreis));
    }

    [Fact]
    public void Fifty_agreements_get_their_region_and_year_from_the_cover()
    {
        var regions = AllRegions.Value;
        var matcher = new RegionMatcher(regions);
        var chosen = Hard.Select(a => regions.Single(r => r.Ags == a))
            .Concat(regions.Where((r, i) => i % 8 == 3 && !Hard.Contains(r.Ags)))
            .Take(50).ToList();
        Assert.Equal(50, chosen.Count);
        var wrong = new List<string>();
        for (int i = 0; i < chosen.Count; i++)
        {
            var region = chosen[i];
            var neighbour = regions[(regions.ToList().IndexOf(region) + 1) % regions.Count];
            int year = 2016 + i % 9;
            var text = Agreement(region, neighbour, year, i % 3);
            var a = AgreementParser.Parse($"{region.Ags}.txt", text, matcher);
            if (a.Ags != region.Ags || a.Year != year)
                wrong.Add($"{region.Name} ({region.Ags}) {year} layout {i % 3}: read {a.RegionName} ({a.Ags}) {a.Year}; "
                    + string.Join(" | ", a.Diagnostics.Select(d => d.ToString())));
            Assert.Contains(a.Targets, t => t.Key == TargetKeys.Integrationen && t.Value == 2.0);
        }
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Fact]
    public void A_name_that_fits_two_regions_is_a_tie_and_the_kind_word_settles_it()
    {
        var matcher = new RegionMatcher(AllRegions.Value);
        var (none, tied) = matcher.MatchParty("Kassel");
        Assert.Null(none);
        Assert.Equal(["06611", "06633"], tied.Select(r => r.Ags).Order());
        Assert.Equal("06633", matcher.MatchParty("des Landkreises Kassel").Region?.Ags);
        Assert.Equal("06611", matcher.MatchParty("der Stadt Kassel").Region?.Ags);
        // Two letters apart, the shared kind word does not make a tie: Kassel is not Kusel.
        Assert.Equal("07336", matcher.MatchParty("Landkreis Kusel").Region?.Ags);
    }

    [Fact]
    public void A_tie_in_the_party_clause_is_an_error_not_settled_by_counting()
    {
        var matcher = new RegionMatcher(AllRegions.Value);
        // The party clause names only "Hof" (a Stadt and a Landkreis); the body names the Stadt five times.
        var text = "Zielvereinbarung 2024 zwischen dem Staatsministerium für Arbeit und dem Hof als zugelassenem kommunalen Träger nach § 48b SGB II\n\n"
            + string.Concat(Enumerable.Repeat("Die Stadt Hof hat im Jahr 2023 gut gearbeitet.\n\n", 5))
            + "Das Ziel ist erreicht, wenn sich die Zahl der Integrationen um mindestens 2,0 % erhöht.\n";
        var a = AgreementParser.Parse("hof.txt", text, matcher);
        Assert.Null(a.Ags);
        var d = Assert.Single(a.Diagnostics, x => x.Code == DiagnosticCodes.AgreementRegionAmbiguous);
        Assert.Contains("'Stadt Hof' (09464)", d.Message);
        Assert.Equal(2024, a.Year);
    }

    /// <summary>An agreement in one of three cover layouts (NRW-like lines, a one-paragraph title, a Niedersachsen-like cover).</summary>
    internal static string Agreement(Region region, Region neighbour, int year, int layout)
    {
        var y = year.ToString(CultureInfo.InvariantCulture);
        var prev = (year - 1).ToString(CultureInfo.InvariantCulture);
        var dative = RegionGrammar.Dative(region.Name, region.Kind);
        var sb = new StringBuilder();
        switch (layout)
        {
            case 0:
                sb.Append(CultureInfo.InvariantCulture, $"Vereinbarung\n\nzur Erreichung der Ziele\n\nder Grundsicherung für Arbeitsuchende\n\nim Jahr {y}\n\n");
                sb.Append("zwischen dem\n\nMinisterium für Arbeit und Soziales\n\ndes Landes Musterland\n\nvertreten durch Frau Staatssekretärin Beispiel\n\n");
                sb.Append(CultureInfo.InvariantCulture, $"und {dative.Split(' ')[0]}\n\n{dative[(dative.IndexOf(' ') + 1)..]}\n\nals zugelassenem kommunalen Träger\n\nvertreten durch Herrn Muster\n\n\n");
                sb.Append(CultureInfo.InvariantCulture, $"Gemäß § 48b Abs. 1 S. 1 Nr. 4 SGB II schließen die Parteien für das Jahr {y} folgende Zielvereinbarung.\n\n");
                break;
            case 1:
                sb.Append(CultureInfo.InvariantCulture, $"Zielvereinbarung {y} zwischen dem Staatsministerium für Familie, Arbeit und Soziales und {dative} ");
                sb.Append("als zugelassenem kommunalen Träger nach § 48b Abs. 1 S. 1 Nr. 4 SGB II\n\n");
                break;
            default:
                sb.Append(CultureInfo.InvariantCulture, $"Zielvereinbarung\n\nüber die Ziele für das Jahr {y}\n\nzwischen dem\n\nMinisterium für Soziales, Arbeit und Gleichstellung\n\n");
                sb.Append(CultureInfo.InvariantCulture, $"und\n\n{dative}\n\nals zugelassenem kommunalen Träger\n\n\n");
                sb.Append("Auf der Grundlage von § 48b Abs. 1 S. 1 Nr. 4 SGB II wird Folgendes vereinbart.\n\n");
                break;
        }
        sb.Append("1. Rückblick\n\n");
        for (int k = 0; k < 4; k++)
            sb.Append(CultureInfo.InvariantCulture, $"Im Jahr {prev} hat die Zusammenarbeit mit {RegionGrammar.Dative(neighbour.Name, neighbour.Kind)} im Jahr {prev} gut funktioniert.\n\n");
        sb.Append("2. Ziele\n\n");
        sb.Append("Das Ziel ist erreicht, wenn sich die Zahl der Integrationen um mindestens 2,0 % erhöht.\n");
        return sb.ToString();
    }
}
