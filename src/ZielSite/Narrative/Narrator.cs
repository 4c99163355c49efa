using Scriban.Runtime;
using ZielSite.Diagnostics;
using ZielSite.Indicators;
using ZielSite.Inputs;
using ZielSite.Templates;
using ZielSite.Wording;

namespace ZielSite.Narrative;

/// <summary>
/// Writes the German text of a region page from a result. The wording lives in the Scriban template
/// <see cref="TemplateName"/> (plain text; paragraphs separated by a blank line) so an editor can change
/// sentences without touching C#; numbers and grammar come from <see cref="TemplateFunctions"/>.
/// </summary>
internal static class Narrator
{
    public const string TemplateName = "narrative.sbn";

    /// <summary>The paragraphs (whitespace folded), or none when the template fails (with a diagnostic).</summary>
    /// <remarks>On a session of the template set (<see cref="TemplateSet.NewSession"/>), one per thread for many regions.</remarks>
    public static IReadOnlyList<string> Narrate(RegionYearResult result, ProjectConfig config, TemplateSession session, DiagnosticBag diagnostics)
    {
        var text = session.Render(TemplateName, Model(result, config), html: false, diagnostics);
        return text is null ? [] : Paragraphs(text);
    }

    /// <summary>The variables of the narrative template.</summary>
    public static ScriptObject Model(RegionYearResult result, ProjectConfig config)
    {
        var targets = result.Verdicts
            .Select(v => new NarrativeTarget(v.Target.Key, IndicatorLabels.Target(v.Target.Key), v.Target.Operator, v.Target.Value,
                v.Target.Unit, v.Actual, VerdictStatusNames.Json(v.Status), VerdictLabels.Text(v.Status, v.Month), v.Reason,
                v.Target.Kind, GermanFormat.Threshold(v.Target), v.Actual is { } a ? GermanFormat.TargetValue(v.Target, a) : null))
            .ToList();
        var so = new ScriptObject
        {
            ["region"] = result.Region,
            ["year"] = result.Year,
            ["month"] = result.Month,
            ["is_final"] = result.IsFinal,
            ["has_agreement"] = result.Agreement is not null,
            ["targets"] = targets,
            ["positive"] = result.Verdicts.Count(v => VerdictLabels.IsPositive(v.Status)),
            ["no_data"] = result.Verdicts.Count(v => v.Status == VerdictStatus.NoData),
            ["count"] = result.Verdicts.Count,
            ["values"] = Values(result.Current),
            ["total"] = Values(result.TotalCurrent),
            ["total_name"] = config.TotalName,
        };
        return so;
    }

    private static ScriptObject Values(IndicatorSet set)
    {
        var so = new ScriptObject();
        foreach (var key in ValueKeys.All) so[key] = set[key];
        return so;
    }

    private static IReadOnlyList<string> Paragraphs(string text) =>
        System.Text.RegularExpressions.Regex.Split(text.Replace("\r\n", "\n"), @"\n[ \t]*\n")
            .Select(p => string.Join(' ', p.Split((char[])[' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries)))
            .Where(p => p.Length > 0)
            .ToList();
}
