using ZielSite.Diagnostics;
using ZielSite.Text;

namespace ZielSite.Agreements;

/// <summary>
/// Finds the target sentences ("Das Ziel ist … erreicht, wenn …") among the sentences of an agreement, names
/// their indicator (from the sentence, else from the bullet heading before it) and reads their threshold.
/// </summary>
internal static class TargetReader
{
    private static readonly FuzzyPattern ReachedIf = FuzzyPattern.Of("erreicht, wenn");
    private static readonly FuzzyPattern Reached = FuzzyPattern.Of("erreicht");
    private static readonly FuzzyPattern GoalIs = FuzzyPattern.Of("Ziel ist");
    private static readonly FuzzyPattern GoalIsReached = FuzzyPattern.Of("Ziel ist erreicht");
    private static readonly string If = GermanText.Fold("wenn");
    private static readonly FuzzyPattern TheGoal = FuzzyPattern.Of("Das Ziel");
    private static readonly FuzzyPattern Percent = FuzzyPattern.Of("Prozent");
    private static readonly FuzzyPattern Same = FuzzyPattern.Of("gleichbleib");

    /// <summary>A target sentence found: where its condition starts (after "wenn") and where it starts in its block.</summary>
    internal sealed record Found(Sentence Sentence, int SentenceStart, int ConditionStart);

    public sealed record Result(List<Target> Targets, List<TargetIssue> Issues, List<Found> Sentences);

    public static Result Read(string file, IReadOnlyList<FlowBlock> blocks, IReadOnlyList<Sentence> sentences)
    {
        var targets = new List<Target>();
        var issues = new List<TargetIssue>();
        var found = new List<Found>();
        foreach (var s in sentences)
        {
            var block = blocks[s.BlockIndex];
            // Cheap filter before cutting and folding: a target sentence has a piece of "Ziel", "erreicht" or "wenn".
            var span = block.Text.AsSpan(s.Start, s.End - s.Start);
            if (span.IndexOf("iel", StringComparison.OrdinalIgnoreCase) < 0 && span.IndexOf("enn", StringComparison.OrdinalIgnoreCase) < 0
                && span.IndexOf("eicht", StringComparison.OrdinalIgnoreCase) < 0) continue;
            var raw = block.Text[s.Start..s.End];
            var folded = GermanText.Fold(raw, 0, raw.Length);
            int wennEnd = FindCondition(folded.Text);
            if (wennEnd < 0)
            {
                if (LooksLikeTarget(folded.Text))
                    issues.Add(Issue(null, DiagnosticCodes.TargetUnreadable, file, s.EndLine,
                        "a sentence looks like a target ('Das Ziel ist …') but its condition ('erreicht, wenn …') cannot be read"));
                continue;
            }
            int start = SentenceStart(folded, raw);
            found.Add(new Found(s, s.Start + start, s.Start + folded.SourceIndex(wennEnd)));
        }

        for (int i = 0; i < found.Count; i++)
        {
            var f = found[i];
            var block = blocks[f.Sentence.BlockIndex];
            var sentenceText = GermanText.FoldWhitespace(block.Text[f.SentenceStart..f.Sentence.End]);
            var condition = block.Text[f.ConditionStart..f.Sentence.End];
            int line = f.Sentence.EndLine;
            var heading = HeadingContext(blocks, found, i);
            var id = IndicatorIdentifier.Identify(condition);
            var headingId = heading == null ? default : IndicatorIdentifier.Identify(heading);
            string? key = id.Key;
            if (key == null && !id.Ambiguous && id.UnsupportedCode == null) key = headingId.Key;
            else if (key != null && headingId.Key != null && IndicatorIdentifier.Refines(headingId.Key, key)) key = headingId.Key;

            if (key == null)
            {
                if (id.Ambiguous)
                    issues.Add(Issue(null, DiagnosticCodes.TargetUnreadable, file, line,
                        $"the target sentence names more than one indicator: \"{Short(sentenceText)}\""));
                else
                    issues.Add(Warning(null, DiagnosticCodes.TargetUnknownIndicator, file, line,
                        id.UnsupportedCode != null
                            ? $"the target is about {id.UnsupportedCode.ToUpperInvariant()}, which is no target indicator of ZielSite: \"{Short(sentenceText)}\""
                            : $"the target sentence names no known indicator: \"{Short(sentenceText)}\""));
                continue;
            }

            var rule = TargetRuleReader.Read(condition);
            if (rule.Problem != TargetRuleProblem.None)
            {
                issues.Add(Issue(key,
                    rule.Problem == TargetRuleProblem.Contradiction ? DiagnosticCodes.TargetContradiction : DiagnosticCodes.TargetUnreadable,
                    file, line, $"target {key}: {rule.Detail}: \"{Short(sentenceText)}\""));
                continue;
            }
            if (rule.Warning != null)
                issues.Add(new TargetIssue(key, new Diagnostic(Severity.Warning, DiagnosticCodes.TargetUnreadable,
                    new SourceSpan(file, line), $"target {key}: {rule.Warning}; the threshold is read from the sentence")));

            var unit = TargetKeys.Unit(key);
            if (rule.Value != 0 && rule.Unit != null && rule.Unit != unit)
            {
                issues.Add(Issue(key, DiagnosticCodes.TargetUnreadable, file, line,
                    $"target {key}: the threshold is given in {(rule.Unit == "pp" ? "Prozentpunkte" : "Prozent")} but {key} is measured in {(unit == "pp" ? "Prozentpunkte" : "Prozent")}"));
                continue;
            }
            // "gleich bleibt" and a bare restatement bound the change in the indicator's good direction.
            string op = rule.Operator ?? (TargetKeys.MoreIsBetter(key) ? ">=" : "<=");

            var existing = targets.Find(t => t.Key == key);
            if (existing != null)
            {
                issues.Add(Issue(key, DiagnosticCodes.TargetDuplicate, file, line,
                    $"a second target for {key} (the first is on line {existing.Span.Line}); this one is not used"));
                continue;
            }
            targets.Add(new Target(key, op, rule.Value == 0 ? 0.0 : rule.Value, unit, new SourceSpan(file, line), sentenceText));
        }
        return new Result(targets, issues, found);
    }

    private static TargetIssue Issue(string? key, string code, string file, int line, string message) =>
        new(key, new Diagnostic(Severity.Error, code, new SourceSpan(file, line), message));

    private static TargetIssue Warning(string? key, string code, string file, int line, string message) =>
        new(key, new Diagnostic(Severity.Warning, code, new SourceSpan(file, line), message));

    private static string Short(string s) => s.Length <= 140 ? s : s[..137] + "…";

    /// <summary>The folded index after "wenn" of a target sentence's condition, or -1 where the sentence is no target.</summary>
    private static int FindCondition(string f)
    {
        int end = Fuzzy.FindEnd(f, ReachedIf, 2);
        if (end >= 0) return end;
        int r = Fuzzy.FindEnd(f, Reached, 1);
        if (r >= 0)
        {
            int w = f.IndexOf(If, r, StringComparison.Ordinal);
            if (w >= 0 && w - r <= 12) return w + If.Length;
        }
        int g = Fuzzy.FindEnd(f, GoalIs, 1);
        if (g >= 0 && g <= 20)
        {
            int w = f.IndexOf(If, g, StringComparison.Ordinal);
            if (w >= 0 && w - g <= 40) return w + If.Length;
        }
        return -1;
    }

    private static bool LooksLikeTarget(string f)
    {
        if (Fuzzy.Contains(f, GoalIsReached, 3)) return true;
        int g = Fuzzy.FindEnd(f, TheGoal, 1);
        return g >= 0 && g <= 12 && (Fuzzy.Contains(f, Percent, 1) || Fuzzy.Contains(f, Same, 1) || f.Contains(If, StringComparison.Ordinal));
    }

    /// <summary>Where the sentence proper starts in <paramref name="raw"/>: at "Das Ziel" where a heading is fused before it.</summary>
    private static int SentenceStart(FoldedText folded, string raw)
    {
        int end = Fuzzy.FindEnd(folded.Text, TheGoal, 1);
        if (end < 0 || end - TheGoal.Length < 3) return 0;
        int start = folded.SourceIndex(Math.Max(0, end - TheGoal.Length));
        while (start > 0 && char.IsLetter(raw[start - 1])) start--;
        return start;
    }

    /// <summary>
    /// The heading of a target: text fused before "Das Ziel" in its block, else the nearest list item or short
    /// heading-like paragraph before it in the same section with no other target sentence in between.
    /// </summary>
    private static string? HeadingContext(IReadOnlyList<FlowBlock> blocks, List<Found> found, int index)
    {
        var f = found[index];
        var block = blocks[f.Sentence.BlockIndex];
        if (f.SentenceStart > 0)
        {
            var prefix = block.Text[..f.SentenceStart].Trim();
            if (prefix.Length > 0 && !BlockBuilder.EndsTerminal(prefix))
            {
                int dot = LastSentenceBreak(prefix);
                return prefix[dot..];
            }
        }
        int previousTargetBlock = index > 0 ? found[index - 1].Sentence.BlockIndex : -1;
        for (int b = f.Sentence.BlockIndex - 1; b > previousTargetBlock && b >= 0; b--)
        {
            var candidate = blocks[b];
            if (candidate.Kind == TextBlockKind.Heading) return null;
            if (candidate.Kind == TextBlockKind.ListItem) return candidate.Text;
            if (candidate.Text.Length <= 160 && !BlockBuilder.EndsTerminal(candidate.Text)) return candidate.Text;
        }
        return null;
    }

    private static int LastSentenceBreak(string s)
    {
        int k = s.LastIndexOf(". ", StringComparison.Ordinal);
        return k < 0 ? 0 : k + 2;
    }
}
