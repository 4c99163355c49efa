using System.Text.RegularExpressions;
using Scriban;
using ZielSite.Diagnostics;
using ZielSite.Inputs;
using ZielSite.Templates;

namespace ZielSite.Tests.Rendering;

/// <summary>
/// The functions every template can call, as a template calls them, with the examples of docs/templates.md
/// (hand-checked German formats: "." thousands, "," decimals, "−" U+2212, no-break space before a unit).
/// </summary>
public class TemplateFunctionsTests
{
    private const string Nbsp = "\u00A0";

    private static string Render(string template, object? region = null)
    {
        var parsed = Template.Parse(template);
        Assert.False(parsed.HasErrors, string.Join("; ", parsed.Messages));
        var context = new TemplateContext();
        context.PushGlobal(TemplateFunctions.Create());
        var globals = new Scriban.Runtime.ScriptObject { ["region"] = region };
        context.PushGlobal(globals);
        return parsed.Render(context);
    }

    [Theory]
    [InlineData("{{ 1234.56 | fmt_number }}", "1.234,6")]
    [InlineData("{{ 1234.56 | fmt_number 2 }}", "1.234,56")]
    [InlineData("{{ 15480 | fmt_int }}", "15.480")]
    [InlineData("{{ 13.1 | fmt_signed }}", "+13,1")]
    [InlineData("{{ -5.2 | fmt_signed }}", "\u22125,2")]
    [InlineData("{{ 15.4 | fmt_percent }}", "15,4" + Nbsp + "%")]
    [InlineData("{{ 12.6 | fmt_signed_percent }}", "+12,6" + Nbsp + "%")]
    [InlineData("{{ 0 | fmt_signed_percent }}", "0,0" + Nbsp + "%")]
    [InlineData("{{ -0.2 | fmt_points }}", "\u22120,2" + Nbsp + "Prozentpunkte")]
    [InlineData("{{ 1234567.8 | fmt_euro }}", "1.234.568" + Nbsp + "€")]
    [InlineData("{{ fmt_change 3.2 \"%\" }}", "+3,2" + Nbsp + "%")]
    [InlineData("{{ fmt_change 1 \"pp\" }}", "+1,0" + Nbsp + "Prozentpunkte")]
    [InlineData("{{ fmt_change 140 \"count\" }}", "+140")]
    [InlineData("{{ fmt_abs_change (-5.2) \"%\" }}", "5,2" + Nbsp + "%")]
    [InlineData("{{ fmt_threshold \">=\" 12.6 \"%\" }}", "mindestens +12,6" + Nbsp + "%")]
    [InlineData("{{ fmt_threshold \"<=\" (-5.2) \"%\" }}", "höchstens \u22125,2" + Nbsp + "%")]
    [InlineData("{{ change_phrase 13.1 \"%\" }}", "stieg um 13,1" + Nbsp + "%")]
    [InlineData("{{ change_phrase (-0.2) \"pp\" }}", "sank um 0,2" + Nbsp + "Prozentpunkte")]
    [InlineData("{{ change_phrase 0.04 \"%\" }}", "blieb unverändert")]
    [InlineData("{{ verb_change 2.3 }} {{ verb_change (-1) }} {{ verb_change 0.04 }}", "stieg sank blieb")]
    [InlineData("{{ month_name 3 }} {{ month_short 3 }}", "März Mär")]
    [InlineData("{{ month_year 2023 3 }}", "März 2023")]
    [InlineData("{{ month_range 6 }} / {{ month_range 1 }}", "Januar bis Juni / Januar")]
    [InlineData("{{ url_path \"quellen/2023/Kreis Borken.txt\" }}", "quellen/2023/Kreis%20Borken.txt")]
    [InlineData("{{ \"der Kreis Borken\" | satzanfang }}", "Der Kreis Borken")]
    [InlineData("{{ [\"A\", \"B\", \"C\"] | aufzaehlung }}|{{ [\"A\"] | aufzaehlung }}|{{ [] | aufzaehlung }}", "A, B und C|A|")]
    [InlineData("{{ null | fmt_percent }}|{{ null | fmt_int }}|{{ fmt_threshold \">=\" null \"%\" }}", "–|–|–")]
    public void Formats_as_the_site_writes(string template, string expected) =>
        Assert.Equal(expected, Render(template));

    [Theory]
    [InlineData("Kreis Borken", RegionKind.Kreis, "der Kreis Borken|den Kreis Borken|des Kreises Borken|dem Kreis Borken|im Kreis Borken")]
    [InlineData("Stadt Essen", RegionKind.Stadt, "die Stadt Essen|die Stadt Essen|der Stadt Essen|der Stadt Essen|in der Stadt Essen")]
    [InlineData("Würzburg", RegionKind.Landkreis, "der Landkreis Würzburg|den Landkreis Würzburg|des Landkreises Würzburg|dem Landkreis Würzburg|im Landkreis Würzburg")]
    public void Declines_a_region_by_its_kind(string name, RegionKind kind, string expected)
    {
        var region = new Region("00000", name, kind, "x", new SourceSpan("data/regions.csv", 2), new Dictionary<string, string>());
        Assert.Equal(expected, Render("{{ region | nominativ }}|{{ region | akkusativ }}|{{ region | genitiv }}|{{ region | dativ }}|{{ region | lokativ }}", region));
        Assert.Equal(kind == RegionKind.Stadt ? "sie" : "er", Render("{{ region | pronomen }}", region));
        Assert.Equal(expected.Split('|')[4][..1].ToUpperInvariant() + expected.Split('|')[4][1..], Render("{{ lokativ region | satzanfang }}", region));
    }

    [Fact]
    public void Every_function_is_documented_in_docs_templates_md()
    {
        var doc = File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "docs", "templates.md"));
        // The first column of the table of functions: `name arguments`, several names separated by commas.
        var section = doc[doc.IndexOf("## Functions", StringComparison.Ordinal)..];
        var documented = Regex.Matches(section, @"^\| (.+?) \|", RegexOptions.Multiline)
            .SelectMany(m => Regex.Matches(m.Groups[1].Value, @"`([a-z_]+)").Select(n => n.Groups[1].Value))
            .ToHashSet(StringComparer.Ordinal);
        var functions = TemplateFunctions.Create().Keys.ToList();
        Assert.NotEmpty(functions);
        var missing = functions.Where(f => !documented.Contains(f)).ToList();
        Assert.True(missing.Count == 0, "not in docs/templates.md: " + string.Join(", ", missing));
    }
}
