using ZielSite.Inputs;

namespace ZielSite.Sample;

/// <summary>
/// The regions of a sample project: the 18 NRW zkT first (as in the repository's <c>data/regions.csv</c>), then
/// generated German-sounding names with AGS 10000, 10001, …. Region i is the same whatever the requested count.
/// </summary>
internal static class SampleRegions
{
    /// <summary>The 18 zugelassene kommunale Träger of NRW (docs/kennzahlen.md §5) in AGS order, with the seat of the administration.</summary>
    private static readonly (string Ags, string Name, string Seat)[] Nrw =
    [
        ("05113", "Stadt Essen", "Essen"),
        ("05117", "Stadt Mülheim an der Ruhr", "Mülheim an der Ruhr"),
        ("05122", "Stadt Solingen", "Solingen"),
        ("05124", "Stadt Wuppertal", "Wuppertal"),
        ("05154", "Kreis Kleve", "Kleve"),
        ("05358", "Kreis Düren", "Düren"),
        ("05515", "Stadt Münster", "Münster"),
        ("05554", "Kreis Borken", "Borken"),
        ("05558", "Kreis Coesfeld", "Coesfeld"),
        ("05562", "Kreis Recklinghausen", "Recklinghausen"),
        ("05566", "Kreis Steinfurt", "Steinfurt"),
        ("05570", "Kreis Warendorf", "Warendorf"),
        ("05754", "Kreis Gütersloh", "Gütersloh"),
        ("05766", "Kreis Lippe", "Detmold"),
        ("05770", "Kreis Minden-Lübbecke", "Minden"),
        ("05915", "Stadt Hamm", "Hamm"),
        ("05954", "Ennepe-Ruhr-Kreis", "Schwelm"),
        ("05958", "Hochsauerlandkreis", "Meschede"),
    ];

    /// <summary>AGS of the first generated region; real AGS in Germany start with 01–16, so these never collide.</summary>
    public const int FirstGeneratedAgs = 10000;

    private static readonly string[] Prefixes =
    [
        "Nord", "Süd", "West", "Ost", "Alten", "Neu", "Hohen", "Nieder", "Ober", "Unter",
        "Groß", "Klein", "Rot", "Schön", "Lichten", "Wester", "Oster", "Rosen", "Linden", "Eichen",
        "Birken", "Buchen", "Tannen", "Stein", "Wald", "Kirch", "Mühl", "Hassel", "Wolfs", "Falken",
    ];

    private static readonly string[] Roots =
    [
        "heide", "burg", "feld", "bach", "berg", "wald", "hagen", "hausen", "dorf", "stein",
        "brück", "au", "tal", "mark", "rode", "beck", "horst", "furt", "born", "ingen",
        "stadt", "kamp", "loh", "siek", "wede", "münde", "holz", "hof", "winkel", "rath",
    ];

    private static readonly string[] TownSuffixes = [" an der See", " am Hellweg", " an der Heide", " im Tal", " am Wald", " an der Aue"];

    public static IReadOnlyList<SampleRegion> Build(int count, int seed)
    {
        var regions = new List<SampleRegion>(count);
        var slugs = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (ags, name, _) in Nrw) slugs.Add(Slug.From(name));
        for (var i = 0; i < count; i++)
        {
            if (i < Nrw.Length)
            {
                var (ags, name, seat) = Nrw[i];
                regions.Add(new SampleRegion(i, ags, name, KindOf(name), Slug.From(name), seat));
                continue;
            }
            regions.Add(Generate(i, seed, slugs));
        }
        return regions;
    }

    /// <summary>"Stadt X" is a Stadt, everything else a Kreis (as in the repository's regions.csv).</summary>
    public static RegionKind KindOf(string name) => name.StartsWith("Stadt ", StringComparison.Ordinal) ? RegionKind.Stadt : RegionKind.Kreis;

    private static SampleRegion Generate(int index, int seed, HashSet<string> slugs)
    {
        var rng = SampleRandom.For(seed, index, (long)SampleStream.RegionName);
        var ags = (FirstGeneratedAgs + index - Nrw.Length).ToString("D5", System.Globalization.CultureInfo.InvariantCulture);
        for (var attempt = 0; attempt < 64; attempt++)
        {
            var isTown = rng.Chance(0.4);
            var stem = Stem(ref rng);
            string name, seat;
            if (isTown)
            {
                if (rng.Chance(0.08)) stem = "Bad " + stem;
                if (rng.Chance(0.2)) stem += rng.Pick(TownSuffixes);
                name = "Stadt " + stem;
                seat = stem;
            }
            else
            {
                name = "Kreis " + stem;
                seat = Stem(ref rng);
            }
            var slug = Slug.From(name);
            if (slugs.Add(slug)) return new SampleRegion(index, ags, name, KindOf(name), slug, seat);
        }
        // Only reached when the name space is nearly used up: the AGS makes the name unique.
        var fallbackStem = Stem(ref rng) + " " + ags;
        var fallback = "Kreis " + fallbackStem;
        slugs.Add(Slug.From(fallback));
        return new SampleRegion(index, ags, fallback, RegionKind.Kreis, Slug.From(fallback), Stem(ref rng));
    }

    private static string Stem(ref SampleRandom rng) => rng.Pick(Prefixes) + rng.Pick(Roots);
}
