using System.Globalization;
using ZielSite.Text;

namespace ZielSite.Agreements;

/// <summary>
/// Reads the threshold of a target sentence's condition (the words after "wenn"): "um (mindestens | nicht mehr
/// als | maximal) X Prozent|%|v. H.|Prozentpunkte" with a direction ("erhöht", "steigt", "über … liegt",
/// "sinkt", "verringert" …), "gleich bleibt", "nicht steigen", and signed restatements "(K 3 = - 5,2 Prozent)".
/// A number it cannot read, a missing direction or a restatement that disagrees is reported, never guessed.
/// </summary>
internal static partial class TargetRuleReader
{
    public static TargetRule Read(string condition)
    {
        var numbers = NumberScanner.Scan(condition);
        var claimed = new List<(int Start, int End)>();
        var restatements = ReadRestatements(condition, numbers, claimed);
        var phrases = ReadPhrases(condition, numbers, claimed);

        var unreadable = phrases.FirstOrDefault(p => p.Unreadable != null);
        if (unreadable != null) return TargetRule.Fail(TargetRuleProblem.Unreadable, unreadable.Unreadable!);
        var orphanUnit = FindUnitWithoutNumber(condition, claimed);
        if (orphanUnit != null) return TargetRule.Fail(TargetRuleProblem.Unreadable, orphanUnit);

        var readable = phrases.Where(p => p.Unreadable == null).ToList();
        if (readable.Select(p => (p.Value, p.Unit)).Distinct().Count() > 1)
            return TargetRule.Fail(TargetRuleProblem.Unreadable, "the condition names more than one threshold");

        string? restatementWarning = null;
        var badRestatement = restatements.FirstOrDefault(r => r.Unreadable != null);
        var restatement = restatements.FirstOrDefault(r => r.Unreadable == null);
        if (badRestatement != null) restatementWarning = badRestatement.Unreadable;
        if (restatements.Where(r => r.Unreadable == null).Select(r => r.Value).Distinct().Count() > 1)
            return TargetRule.Fail(TargetRuleProblem.Contradiction, "the restatements of the threshold disagree");

        var masked = Mask(condition, claimed);
        var folded = GermanText.Fold(masked, 0, masked.Length);
        bool stays = StaysSame(folded.Text);

        TargetRule rule;
        if (readable.Count > 0)
        {
            var phrase = readable[0];
            rule = FromPhrase(masked, phrase);
            if (rule.Problem != TargetRuleProblem.None) return rule;
            if (stays && rule.Value != 0)
                return TargetRule.Fail(TargetRuleProblem.Contradiction,
                    $"the condition says both 'gleich bleibt' and {Describe(rule)}");
        }
        else if (stays)
        {
            rule = new TargetRule(null, 0, null, true, TargetRuleProblem.None, "");
        }
        else if (FindNegatedDirection(folded.Text) is { } negated)
        {
            rule = new TargetRule(negated > 0 ? "<=" : ">=", 0, null, false, TargetRuleProblem.None, "");
        }
        else if (restatement != null)
        {
            return restatement.Value == 0 || restatement.Unit != null
                ? new TargetRule(null, restatement.Value, restatement.Unit, true, TargetRuleProblem.None, "", restatementWarning)
                : TargetRule.Fail(TargetRuleProblem.Unreadable, "the restated threshold has no unit");
        }
        else
        {
            return TargetRule.Fail(TargetRuleProblem.Unreadable, "no threshold could be read from the condition");
        }

        if (restatement != null && Math.Abs(restatement.Value - rule.Value) > 1e-9)
            return TargetRule.Fail(TargetRuleProblem.Contradiction,
                $"the sentence says {Describe(rule)} but its restatement says {Signed(restatement.Value)}");
        if (restatement?.Unit != null && rule.Unit != null && restatement.Unit != rule.Unit && rule.Value != 0)
            return TargetRule.Fail(TargetRuleProblem.Contradiction, "the sentence and its restatement use different units");
        return rule with { Warning = restatementWarning };
    }

    private static string Describe(TargetRule r) =>
        r.Operator == null ? Signed(r.Value) : $"{(r.Operator == ">=" ? "≥" : "≤")} {Signed(r.Value)}";

    internal static string Signed(double v) =>
        (v > 0 ? "+" : v < 0 ? "−" : "") + Math.Abs(v).ToString("0.###", CultureInfo.InvariantCulture);

    private static string Mask(string s, List<(int Start, int End)> spans)
    {
        var chars = s.ToCharArray();
        foreach (var (a, b) in spans)
            for (int i = a; i < b && i < chars.Length; i++) chars[i] = ' ';
        // Restatements sit in parentheses: mask "(K 3 = …)" as a whole so that its code is no word.
        for (int i = 0; i < chars.Length; i++)
        {
            if (chars[i] != '=') continue;
            int open = s.LastIndexOf('(', i);
            if (open >= 0 && i - open < 12)
                for (int k = open; k < i; k++) chars[k] = ' ';
        }
        return new string(chars);
    }
}
