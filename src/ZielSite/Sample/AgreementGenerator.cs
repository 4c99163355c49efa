using System.Globalization;
using ZielSite.Agreements;
using ZielSite.Wording;

namespace ZielSite.Sample;

/// <summary>Builds the generated agreement of one region and year (text and expected targets).</summary>
internal static class AgreementGenerator
{
    public static string PathOf(SampleRegion region, int year) =>
        $"content/agreements/{year.ToString(CultureInfo.InvariantCulture)}/{region.Slug}.txt";

    public static GeneratedAgreement Generate(SampleRegion region, int year, int seed)
    {
        var dative = RegionGrammar.Dative(region.Name, region.Kind);
        var (title, person) = Signatories.Representative(region, year, seed);
        var wording = SampleRandom.For(seed, region.Index, year, (long)SampleStream.Wording);
        var dialogues = wording.Chance(0.2) ? 3 : 2;
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
        var plans = TargetPlanner.Plan(region, year, seed);
        var (text, lines) = AgreementTextRenderer.Render(values, AgreementContexts.For(year), plans);
        var targets = plans
            .Select(p => new GeneratedTarget(p.Key, p.Operator, p.Value, TargetKeys.Unit(p.Key), lines[p.Key], p.Sentence))
            .ToArray();
        return new GeneratedAgreement(region.Ags, region.Name, year, PathOf(region, year), dialogues, targets, text);
    }
}
