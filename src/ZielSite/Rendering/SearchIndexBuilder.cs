using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using ZielSite.Agreements;
using ZielSite.Indicators;
using ZielSite.Inputs;
using ZielSite.Wording;

namespace ZielSite.Rendering;

/// <summary>
/// The entries of <c>search-index.json</c>: every region (newest year first, each year with its verdict count), every
/// indicator a target can have (name, short name, code such as K2E3; its section of the method page and the years with
/// targets on it), the overviews (newest first), the Markdown pages and their sections, and the Kreise of the Land that
/// are not in the project. Ordered by category, then as shown; the same model gives the same bytes.
/// </summary>
internal static partial class SearchIndexBuilder
{
    /// <param name="results">Every region and year with results.</param>
    /// <param name="pages">The Markdown pages with their sections.</param>
    /// <param name="methodPath">The method page ("methodik/index.html"), or null when the site has none.</param>
    /// <param name="overviewTitle">The title of a year's overview ("Übersicht 2025").</param>
    /// <param name="overviewKeywords">Further words of a year's overview.</param>
    public static IReadOnlyList<SearchEntry> Build(
        IReadOnlyList<RegionYearResult> results,
        IReadOnlyList<SearchPage> pages,
        string? methodPath,
        IReadOnlyList<LandKreis> otherKreise,
        Func<int, string> overviewTitle,
        Func<int, string> overviewKeywords)
    {
        var entries = new List<SearchEntry>();
        entries.AddRange(Regions(results));
        entries.AddRange(Indicators(results, pages.FirstOrDefault(p => p.Path == methodPath)));
        foreach (var year in results.GroupBy(r => r.Year).OrderByDescending(g => g.Key))
        {
            var list = year.ToList();
            var title = overviewTitle(year.Key);
            entries.Add(new SearchEntry("o", title, Fold(title + " " + overviewKeywords(year.Key)))
            {
                Path = $"{year.Key.ToString(CultureInfo.InvariantCulture)}/index.html",
                Detail = Count(list),
            });
        }
        foreach (var page in pages)
        {
            entries.Add(new SearchEntry("p", page.Title, Fold(page.Title)) { Path = page.Path });
            foreach (var s in page.Sections)
                entries.Add(new SearchEntry("p", $"{page.Title}: {s.Title}", Fold(page.Title + " " + s.Title)) { Path = page.Path + "#" + s.Id });
        }
        foreach (var k in otherKreise.OrderBy(k => Fold(k.Name), StringComparer.Ordinal).ThenBy(k => k.Ags, StringComparer.Ordinal))
            entries.Add(new SearchEntry("x", k.Name, Fold($"{k.Name} {k.Kind} {k.Ags}")) { Detail = k.Kind });
        return entries;
    }

    /// <summary>One entry per region, its pages newest first with the verdict count of each year.</summary>
    private static IEnumerable<SearchEntry> Regions(IReadOnlyList<RegionYearResult> results) =>
        results.GroupBy(r => r.Region.Ags, StringComparer.Ordinal)
            .Select(g => g.OrderByDescending(r => r.Year).ToList())
            .OrderBy(g => SortKey(g[0].Region.Name), StringComparer.Ordinal).ThenBy(g => g[0].Region.Ags, StringComparer.Ordinal)
            .Select(years =>
            {
                var region = years[0].Region;
                var kind = RegionKinds.Word(region.Kind);
                return new SearchEntry("r", region.Name, Fold($"{region.Name} {kind} {region.Ags}"))
                {
                    Detail = $"{kind}, AGS {region.Ags}",
                    Slug = region.Slug,
                    Years = [.. years.Select(r => new SearchYear(r.Year, Count([r])))],
                };
            });

    /// <summary>The verdict count of results of one year: "3 von 5 Zielen erreicht", mid-year "… auf Kurs (Stand Juni)".</summary>
    private static string Count(IReadOnlyList<RegionYearResult> results)
    {
        var count = results.Sum(r => r.Verdicts.Count);
        if (count == 0) return "keine Zielvereinbarung mit auswertbaren Zielen";
        var positive = results.Sum(r => r.Verdicts.Count(v => VerdictLabels.IsPositive(v.Status)));
        return VerdictLabels.CountText(positive, count, results.All(r => r.IsFinal), OverviewBuilder.CommonMonth(results));
    }

    /// <summary>Every target key, with its code, its words, its method section and the years (newest first) with targets on it.</summary>
    private static IEnumerable<SearchEntry> Indicators(IReadOnlyList<RegionYearResult> results, SearchPage? method)
    {
        foreach (var key in TargetKeys.All)
        {
            var label = IndicatorLabels.Target(key);
            var code = CodeOf(label);
            var words = new StringBuilder(label).Append(' ').Append(IndicatorLabels.Short(key));
            if (label.Contains("Langzeitleistungsbezieh", StringComparison.Ordinal)) words.Append(" LZB");
            var section = method is null ? null
                : method.Sections.FirstOrDefault(s => code is not null && Regex.IsMatch(s.Text, $@"\b{code}\b"))
                  ?? method.Sections.FirstOrDefault(s => s.Id == "kennzahlen");
            var years = results.Where(r => r.Verdicts.Any(v => v.Target.Key == key)).GroupBy(r => r.Year).OrderByDescending(g => g.Key)
                .Select(g => new SearchYear(g.Key, Count([.. g.Select(r => r with { Verdicts = [.. r.Verdicts.Where(v => v.Target.Key == key)] })])))
                .ToList();
            yield return new SearchEntry("i", label, Fold(words.ToString()))
            {
                Path = method is null ? null : section is null ? method.Path : method.Path + "#" + section.Id,
                Detail = method is null ? null : section is null ? method.Title : $"{method.Title}: {section.Title}",
                Years = years,
            };
        }
    }

    /// <summary>The code in a label's parentheses: "K2" of "Integrationsquote (K2)", "K2E3"; null for a target without one.</summary>
    internal static string? CodeOf(string label) => CodePattern().Match(label) is { Success: true } m ? m.Groups[1].Value : null;

    [GeneratedRegex(@"\((K\d(?:E\d)?)\)")]
    private static partial Regex CodePattern();

    /// <summary>
    /// The form both the index and the query are matched in: lower case, ä → ae, ö → oe, ü → ue, ß → ss, other accents
    /// dropped, every run of other characters one space. A word with an umlaut is added once more with the bare vowel
    /// ("koeln koln"), so that a query typed without umlauts finds it too; a word is written once.
    /// </summary>
    public static string Fold(string text)
    {
        var lower = text.ToLowerInvariant();
        var spelled = Simplify(lower.Replace("ä", "ae").Replace("ö", "oe").Replace("ü", "ue").Replace("ß", "ss"));
        var bare = Simplify(lower.Replace("ß", "ss"));
        return string.Join(' ', spelled.Split(' ').Concat(bare.Split(' ')).Where(w => w.Length > 0).Distinct(StringComparer.Ordinal));
    }

    private static string Simplify(string text)
    {
        var sb = new StringBuilder(text.Length);
        var space = true;
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                sb.Append(c);
                space = false;
            }
            else if (!space)
            {
                sb.Append(' ');
                space = true;
            }
        }
        return sb.ToString().TrimEnd();
    }

    /// <summary>The key a region list is sorted by: its name without a leading kind word ("Kreis Borken" → "borken"), folded.</summary>
    public static string SortKey(string name)
    {
        foreach (var word in KindWords)
            if (name.StartsWith(word + " ", StringComparison.Ordinal) && name.Length > word.Length + 1)
                return Fold(name[(word.Length + 1)..]);
        return Fold(name);
    }

    private static readonly string[] KindWords = ["Landkreis", "Kreis", "Kreisfreie Stadt", "Stadt", "Städteregion", "Regionalverband", "Region"];

    /// <summary>The sections of a rendered Markdown page: each h2 with an id, and the plain text up to the next h2.</summary>
    public static IReadOnlyList<PageSection> SectionsOf(string html)
    {
        var heads = HeadingPattern().Matches(html);
        var list = new List<PageSection>();
        for (var i = 0; i < heads.Count; i++)
        {
            var start = heads[i].Index + heads[i].Length;
            var end = i + 1 < heads.Count ? heads[i + 1].Index : html.Length;
            list.Add(new PageSection(heads[i].Groups[1].Value, Plain(heads[i].Groups[2].Value), Plain(html[start..end])));
        }
        return list;
    }

    private static string Plain(string html) =>
        WebUtility.HtmlDecode(Regex.Replace(Regex.Replace(html, "<[^>]*>", " "), @"\s+", " ")).Trim();

    [GeneratedRegex("<h2 id=\"([^\"]+)\"[^>]*>(.*?)</h2>", RegexOptions.Singleline)]
    private static partial Regex HeadingPattern();
}
