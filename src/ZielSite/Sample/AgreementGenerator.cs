using System.Globalization;
using ZielSite.Agreements;
using ZielSite.Wording;

namespace ZielSite.Sample;

/// <summary>Builds the generated agreement of one region and year (text and expected targets).</summary>
internal static class AgreementGenerator
{
    public static string PathOf(SampleRegion region, int year) =>
        $"content/agreements/{year.ToString(CultureInfo.InvariantCulture)}/{region.Slug}.txt";

    public static GeneratedAgreement Generate(SampleRegion region, int year, int seed, SampleWording wording = SampleWording.Nrw)
    {
        var dative = RegionGrammar.Dative(region.Name, region.Kind);
        var (title, person) = Signatories.Representative(region, year, seed);
        var words = SampleRandom.For(seed, region.Index, year, (long)SampleStream.Wording);
        var dialogues = words.Chance(0.2) ? 3 : 2;
        var jahr = year.ToString(CultureInfo.InvariantCulture);
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["jahr"] = jahr,
            ["vorjahr"] = (year - 1).ToString(CultureInfo.InvariantCulture),
            ["staatssekretaer"] = Signatories.StateSecretary(year),
            ["name"] = region.Name,
            ["nom"] = RegionGrammar.Nominative(region.Name, region.Kind),
            ["gen"] = RegionGrammar.Genitive(region.Name, region.Kind),
            ["akk"] = RegionGrammar.Accusative(region.Name, region.Kind),
            ["dat_artikel"] = dative[..dative.IndexOf(' ', StringComparison.Ordinal)],
            ["vertretung"] = title + " " + person,
            ["unterzeichner"] = person,
            ["ort"] = region.Seat,
            ["dialoge"] = dialogues == 3 ? "drei" : "zwei",
            ["entwicklungen"] = AgreementContexts.Developments(year),
        };
        // Kreis Borken 2023 is the real agreement's wording in every case.
        var style = wording == SampleWording.Nrw || TargetPlanner.IsReal(region, year) ? TargetStyle.Frame : TargetWording.Choose(seed, region.Index, year);
        var plans = TargetWording.WithLevels(TargetPlanner.Plan(region, year, seed), style, RegionProfiles.For(region, seed), year);
        var blocks = TargetWording.Blocks(plans, style, year);
        var (text, lines) = AgreementTextRenderer.Render(values, AgreementContexts.For(year), blocks);
        var targets = plans
            .Select(p => new GeneratedTarget(p.Key, p.Operator, p.Value, p.Kind == "level" ? "%" : TargetKeys.Unit(p.Key), lines[p.Key],
                blocks.Values.SelectMany(b => b).First(l => l.Keys.Contains(p.Key)).Text, p.Kind))
            .ToArray();
        return new GeneratedAgreement(region.Ags, region.Name, year, PathOf(region, year), dialogues, targets, text);
    }
}
