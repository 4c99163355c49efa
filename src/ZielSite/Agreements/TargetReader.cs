using System.Buffers;
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
        var lookalikes = new List<Sentence>();
        int longest = 0;
        foreach (var s in sentences) longest = Math.Max(longest, s.End - s.Start);
        // One buffer for the folded text of every sentence (and its map back to the sentence), not one per sentence.
        var chars = ArrayPool<char>.Shared.Rent(longest * 2 + 8);
        var map = ArrayPool<int>.Shared.Rent(longest * 2 + 8);
        try
        {
            foreach (var s in sentences)
            {
                var block = blocks[s.BlockIndex];
                // Cheap filter before folding: a target sentence has a piece of "Ziel", "erreicht" or "wenn".
                var span = block.Text.AsSpan(s.Start, s.End - s.Start);
                if (span.IndexOf("iel", StringComparison.OrdinalIgnoreCase) < 0 && span.IndexOf("enn", StringComparison.OrdinalIgnoreCase) < 0
                    && span.IndexOf("eicht", StringComparison.OrdinalIgnoreCase) < 0) continue;
                int n = GermanText.FoldInto(span, chars, map);
                ReadOnlySpan<char> folded = chars.AsSpan(0, n);
                int wennEnd = FindCondition(folded);
                // "… erreicht werden." matched fuzzily, with no condition after it: no frame (a statement reads it).
                if (wennEnd >= 0 && n - wennEnd < 8) wennEnd = -1;
                if (wennEnd < 0)
                {
                    if (LooksLikeTarget(folded)) lookalikes.Add(s);
                    continue;
                }
                int start = SentenceStart(folded, map, span);
                found.Add(new Found(s, s.Start + start, s.Start + (wennEnd >= n ? span.Length : map[wennEnd])));
            }
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
            ArrayPool<int>.Shared.Return(map);
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

        // Targets in other words ("es wird vereinbart, dass …", "eine Reduzierung … um X Prozent", levels): read or reported.
        var handled = StatementReader.Read(file, blocks, sentences, [.. found.Select(f => f.Sentence)], targets, issues);
        foreach (var s in lookalikes)
            if (!handled.Contains(s))
                issues.Add(Issue(null, DiagnosticCodes.TargetUnreadable, file, s.EndLine,
                    "a sentence looks like a target ('Das Ziel ist …') but its condition ('erreicht, wenn …') cannot be read"));
        return new Result([.. targets.OrderBy(t => t.Span.Line)], issues, found);
    }

    private static TargetIssue Issue(string? key, string code, string file, int line, string message) =>
        new(key, new Diagnostic(Severity.Error, code, new SourceSpan(file, line), message));

    private static TargetIssue Warning(string? key, string code, string file, int line, string message) =>
        new(key, new Diagnostic(Severity.Warning, code, new SourceSpan(file, line), message));

    private static string Short(string s) => s.Length <= 140 ? s : s[..137] + "…";

    /// <summary>The folded index after "wenn" of a target sentence's condition, or -1 where the sentence is no target.</summary>
    private static int FindCondition(ReadOnlySpan<char> f)
    {
        int end = Fuzzy.FindEnd(f, ReachedIf, 2);
        if (end >= 0) return end;
        // Both other forms need an exact "wenn" after their match: without one anywhere, neither can hold.
        if (f.IndexOf(If, StringComparison.Ordinal) < 0) return -1;
        int r = Fuzzy.FindEnd(f, Reached, 1);
        if (r >= 0)
        {
            int w = IndexOf(f, If, r);
            if (w >= 0 && w - r <= 12) return w + If.Length;
        }
        int g = Fuzzy.FindEnd(f, GoalIs, 1, giveUpAfter: 20);
        if (g >= 0 && g <= 20)
        {
            int w = IndexOf(f, If, g);
            if (w >= 0 && w - g <= 40) return w + If.Length;
        }
        return -1;
    }

    private static int IndexOf(ReadOnlySpan<char> f, string value, int from)
    {
        int k = f[from..].IndexOf(value, StringComparison.Ordinal);
        return k < 0 ? -1 : from + k;
    }

    private static bool LooksLikeTarget(ReadOnlySpan<char> f)
    {
        if (Fuzzy.Contains(f, GoalIsReached, 3)) return true;
        int g = Fuzzy.FindEnd(f, TheGoal, 1, giveUpAfter: 12);
        return g >= 0 && g <= 12 && (Fuzzy.Contains(f, Percent, 1) || Fuzzy.Contains(f, Same, 1) || f.IndexOf(If, StringComparison.Ordinal) >= 0);
    }

    /// <summary>Where the sentence proper starts in <paramref name="raw"/>: at "Das Ziel" where a heading is fused before it.</summary>
    private static int SentenceStart(ReadOnlySpan<char> folded, int[] map, ReadOnlySpan<char> raw)
    {
        int end = Fuzzy.FindEnd(folded, TheGoal, 1);
        if (end < 0 || end - TheGoal.Length < 3) return 0;
        int k = Math.Max(0, end - TheGoal.Length);
        int start = k >= folded.Length ? raw.Length : map[k];
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
