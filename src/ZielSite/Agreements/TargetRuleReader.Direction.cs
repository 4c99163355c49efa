using ZielSite.Text;

namespace ZielSite.Agreements;

internal static partial class TargetRuleReader
{
    private static (FuzzyPattern Folded, int Errors, int Direction)[] Verbs { get; } = BuildVerbs();

    private static (FuzzyPattern, int, int)[] BuildVerbs()
    {
        var up = new[] { "erhöh", "steig", "zunimm", "zunehm", "wächst", "wachsen", "höher", "anwächst", "anstieg", "zuwachs" };
        var down = new[]
        {
            "sink", "verringer", "reduzier", "abnimm", "abnehm", "zurückgeh", "zurückgeg", "senk", "niedriger",
            "verminder", "rückläufig", "absink", "rückgang", "abbau",
        };
        return
        [
            .. up.Select(v => Verb(v, 1)),
            .. down.Select(v => Verb(v, -1)),
        ];
        static (FuzzyPattern, int, int) Verb(string german, int dir)
        {
            var f = GermanText.Fold(german);
            return (new FuzzyPattern(f), f.Length >= 7 ? 1 : 0, dir);
        }
    }

    private static readonly string Lies = GermanText.Fold("liegt");
    private static readonly string LiesPlural = GermanText.Fold("liegen");
    private static readonly string Over = GermanText.Fold("über");
    private static readonly string Against = GermanText.Fold("gegen");
    private static readonly string Under = GermanText.Fold("unter");
    private static readonly string Above = GermanText.Fold("oberhalb");
    private static readonly string Not = GermanText.Fold("nicht");

    private static readonly (string Folded, int Errors)[] Same =
    [
        (GermanText.Fold("gleichbleib"), 1),
        (GermanText.Fold("gleich bleib"), 1),
        (GermanText.Fold("konstant"), 1),
        (GermanText.Fold("unverändert"), 1),
        (GermanText.Fold("stabil bleib"), 1),
    ];

    /// <summary>Whether <paramref name="text"/> names a direction (a verb or noun of rising or falling, "über/unter … liegt") or "gleich bleibt".</summary>
    internal static bool NamesDirection(string text)
    {
        var f = GermanText.Fold(text);
        return FindDirection(f, last: false) != 0 || StaysSame(f);
    }

    private static bool StaysSame(string folded) => Same.Any(p => Fuzzy.Contains(folded, p.Folded, p.Errors));

    /// <summary>+1 for "nicht steigt/erhöht" (change ≤ 0), −1 for "nicht sinkt/verringert" (change ≥ 0), null where absent.</summary>
    private static int? FindNegatedDirection(string folded)
    {
        foreach (var (pattern, errors, dir) in NegatedVerbs)
        {
            if (Fuzzy.Contains(folded, pattern, errors)) return dir;
        }
        return null;
    }

    private static readonly string[] NegationFillers =
        ["", GermanText.Fold("weiter"), GermanText.Fold("mehr"), GermanText.Fold("an")];

    /// <summary>"nicht" + filler + verb for every verb and filler, in the order they are tried.</summary>
    private static readonly (FuzzyPattern Pattern, int Errors, int Direction)[] NegatedVerbs =
        [.. Verbs.SelectMany(v => NegationFillers.Select(filler => (new FuzzyPattern(Not + filler + v.Folded.Text), v.Errors, v.Direction)))];

    /// <summary>The direction named in <paramref name="folded"/>: the first verb (or "über/unter … liegt") in it, or 0.</summary>
    private static int FindDirection(string folded, bool last)
    {
        int bestPos = last ? -1 : int.MaxValue, bestDir = 0;
        foreach (var (verb, errors, dir) in Verbs)
        {
            int end = Fuzzy.FindEnd(folded, verb, errors);
            while (end >= 0)
            {
                if (last ? end > bestPos : end < bestPos) { bestPos = end; bestDir = dir; }
                if (!last) break;
                end = Fuzzy.FindEnd(folded, verb, errors, end);
            }
        }
        foreach (var lies in new[] { Lies, LiesPlural })
        {
            int end = Fuzzy.FindEnd(folded, lies, 0);
            if (end < 0 || (last ? end <= bestPos : end >= bestPos)) continue;
            var before = folded[..(end - lies.Length)];
            int dir = 0;
            int over = LastIndexNotAfter(before, Over, Against);
            int under = before.LastIndexOf(Under, StringComparison.Ordinal);
            int above = before.LastIndexOf(Above, StringComparison.Ordinal);
            over = Math.Max(over, above);
            if (over > under) dir = 1;
            else if (under > over) dir = -1;
            if (dir != 0) { bestPos = end; bestDir = dir; }
        }
        return bestDir;
    }

    private static int LastIndexNotAfter(string s, string word, string notAfter)
    {
        for (int i = s.LastIndexOf(word, StringComparison.Ordinal); i >= 0; i = i == 0 ? -1 : s.LastIndexOf(word, i - 1, StringComparison.Ordinal))
        {
            if (i >= notAfter.Length && string.CompareOrdinal(s, i - notAfter.Length, notAfter, 0, notAfter.Length) == 0) continue;
            return i;
        }
        return -1;
    }

    private static TargetRule FromPhrase(string masked, Phrase phrase)
    {
        var after = GermanText.Fold(masked[phrase.End..]);
        int dir = FindDirection(after, last: false);
        if (dir == 0) dir = FindDirection(GermanText.Fold(masked[..phrase.Start]), last: true);
        double x = phrase.Value;
        if (dir == 0)
        {
            if (phrase.Sign == 0)
                return TargetRule.Fail(TargetRuleProblem.Unreadable, "the condition names no direction (steigt, sinkt, erhöht, verringert …)");
            double signed = phrase.Sign * x;
            return phrase.Qualifier switch
            {
                Qualifier.AtLeast => new TargetRule(">=", Zero(signed), phrase.Unit, false, TargetRuleProblem.None, ""),
                Qualifier.Cap => new TargetRule("<=", Zero(signed), phrase.Unit, false, TargetRuleProblem.None, ""),
                _ => new TargetRule(null, Zero(signed), phrase.Unit, true, TargetRuleProblem.None, ""),
            };
        }
        if (phrase.Sign != 0 && phrase.Sign != dir && x != 0)
            return TargetRule.Fail(TargetRuleProblem.Contradiction,
                $"the sign of {Signed(phrase.Sign * x)} contradicts the direction '{(dir > 0 ? "steigt" : "sinkt")}'");
        bool cap = phrase.Qualifier == Qualifier.Cap;
        string op = dir > 0 ? (cap ? "<=" : ">=") : (cap ? ">=" : "<=");
        return new TargetRule(op, Zero(dir * x), phrase.Unit, false, TargetRuleProblem.None, "");
    }

    private static double Zero(double v) => v == 0 ? 0.0 : v;
}
