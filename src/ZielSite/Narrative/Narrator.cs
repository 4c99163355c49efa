using Scriban.Runtime;
using ZielSite.Agreements;
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
            .OrderBy(v => TargetKeys.Order(v.Target.Key))
            .Select(v => TargetOf(v, result))
            .ToList();
        var so = new ScriptObject
        {
            ["region"] = result.Region,
            ["year"] = result.Year,
            ["month"] = result.Month,
            ["is_final"] = result.IsFinal,
            ["has_agreement"] = result.Agreement is not null,
            ["targets"] = targets,
            ["met"] = targets.Where(t => t.Positive).ToList(),
            ["missed"] = targets.Where(t => !t.Positive && t.Status != NoDataName).ToList(),
            ["without_data"] = targets.Where(t => t.Status == NoDataName).ToList(),
            ["positive"] = result.Verdicts.Count(v => VerdictLabels.IsPositive(v.Status)),
            ["no_data"] = result.Verdicts.Count(v => v.Status == VerdictStatus.NoData),
            ["count"] = result.Verdicts.Count,
            ["changes"] = result.Verdicts.Count(v => !v.Target.IsLevel),
            ["values"] = Values(result.Current),
            ["total"] = Values(result.TotalCurrent),
            ["total_name"] = config.TotalName,
        };
        return so;
    }

    private static readonly string NoDataName = VerdictStatusNames.Json(VerdictStatus.NoData);

    /// <summary>One target with its words; the figures are the cards' (the compared value, the distance of <see cref="TargetDistance"/>).</summary>
    private static NarrativeTarget TargetOf(Verdict v, RegionYearResult result)
    {
        var t = v.Target;
        var shown = v.Compared ?? v.Actual;
        string? yearToDate = null;
        if (t.IsLevel && !result.IsFinal && shown is not null && ValueKeys.LevelFor(t.Key) is { } key && result.Current[key] is { } ytd)
            yearToDate = GermanFormat.TargetValue(t, ytd);
        return new NarrativeTarget(t.Key, IndicatorLabels.Target(t.Key), t.Operator, t.Value, t.Unit, v.Actual,
            VerdictStatusNames.Json(v.Status), VerdictLabels.Text(v.Status, v.Month), v.Reason,
            t.Kind, GermanFormat.Threshold(t), shown is { } a ? GermanFormat.TargetValue(t, a) : null)
        {
            TargetText = GermanFormat.TargetText(t),
            ZeroVerb = GermanFormat.ZeroVerb(t),
            Word = VerdictLabels.Word(v.Status),
            Positive = VerdictLabels.IsPositive(v.Status),
            Subject = IndicatorLabels.Subject(t.Key),
            Bei = IndicatorLabels.With(t.Key),
            Pronoun = IndicatorLabels.Pronoun(t.Key),
            DistanceText = TargetDistance.Of(v) is null ? null : TargetDistance.Words(v),
            YearToDateText = yearToDate,
        };
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
