using ZielSite.Diagnostics;
using ZielSite.Text;
using static ZielSite.Agreements.NumberScanner;

namespace ZielSite.Agreements;

/// <summary>
/// Reads targets stated in other words than the frame "Das Ziel ist … erreicht, wenn …" (<see cref="TargetReader"/>):
/// "es wird vereinbart, dass sich &lt;Kennzahl&gt; um X % erhöht und dass &lt;Kennzahl&gt; um Y % sinken soll" (one
/// target per "dass" clause), noun phrases ("das Ziel einer Erhöhung der &lt;Kennzahl&gt; um X % zum Vorjahr",
/// "eine Reduzierung der &lt;Kennzahl&gt; um X Prozent"), "Soll-Wert … maximal +X %", "Zielwert", and levels
/// ("eine Integrationsquote von mindestens X %", "mindestens N Integrationen", the same for women or men).
/// </summary>
/// <remarks>
/// A sentence is a target statement when it has target language (<see cref="Phrases.TargetWords"/>), a
/// threshold-like number (with a unit, a count noun or a qualifier; not a year or a paragraph number) and names a
/// known indicator, in itself or in the sentence before. Such a sentence is read, or it gets a diagnostic at its
/// line saying what is missing (<see cref="DiagnosticCodes.TargetStatementUnread"/>): never dropped. Sentences about
/// past values (<see cref="Phrases.PastMarkers"/>) without "vereinbart"/"soll" are reports, not targets.
/// </remarks>
internal static class StatementReader
{
    private static readonly string[][] TargetWords = Split(Phrases.TargetWords);
    private static readonly string[][] PastMarkers = Split(Phrases.PastMarkers);
    private static readonly string[][] AgreedMarkers = Split(Phrases.AgreedMarkers);
    private static readonly string[][] ChangeWords = Split(Phrases.ChangeWords);
    private static readonly string[][] CountNouns = Split(Phrases.CountNouns);
    private static readonly string[][] Women = Split(Phrases.Women);
    private static readonly string[][] Men = Split(Phrases.Men);
    private static readonly string[][] TableHeaders = Split(Phrases.TableHeaders);
    private static readonly string Um = Phrases.Fold("um");
    private static readonly string Dass = Phrases.Fold("dass");
    private static readonly string Dass2 = Phrases.Fold("daß");
    private static readonly HashSet<string> Joiners = [.. Phrases.ClauseJoiners.Select(Phrases.Fold)];
    private static readonly HashSet<string> YearWords = [.. new[] { "Jahr", "Jahres", "Jahre", "Kalenderjahr", "seit", "bis", "ab", "Stand" }.Select(Phrases.Fold)];
    private static readonly HashSet<string> LegalWords = [.. new[] { "Abs", "Nr", "Satz", "S", "SGB", "Anlage", "Ziffer", "Seite" }.Select(Phrases.Fold)];

    private static string[][] Split(string[] phrases) =>
        [.. phrases.Select(p => p.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries).Select(Phrases.Fold).Where(w => w.Length > 0).ToArray())];

    /// <summary>A word of a text: its folded form and where it stands.</summary>
    internal readonly record struct Word(string Folded, int Start, int End);

    internal static List<Word> Words(string s)
    {
        var words = new List<Word>();
        int i = 0;
        while (i < s.Length)
        {
            if (!char.IsLetter(s[i])) { i++; continue; }
            int j = i;
            while (j < s.Length && (char.IsLetter(s[j]) || (s[j] == '-' && j + 1 < s.Length && char.IsLetter(s[j + 1])))) j++;
            words.Add(new Word(GermanText.Fold(s.AsSpan(i, j - i)), i, j));
            i = j;
        }
        return words;
    }

    /// <summary>Whether <paramref name="words"/> contain one of the phrases (word by word; one error in a word of eight letters or more).</summary>
    internal static bool Has(List<Word> words, string[][] phrases, int from = 0, int to = int.MaxValue) => Find(words, phrases, from, to) >= 0;

    private static int Find(List<Word> words, string[][] phrases, int from = 0, int to = int.MaxValue)
    {
        to = Math.Min(to, words.Count);
        for (int i = from; i < to; i++)
            foreach (var p in phrases)
            {
                if (p.Length == 0 || i + p.Length > to) continue;
                bool all = true;
                for (int k = 0; k < p.Length && all; k++) all = Same(words[i + k].Folded, p[k]);
                if (all) return i;
            }
        return -1;
    }

    private static bool Same(string word, string phrase)
    {
        if (word == phrase) return true;
        // Inflected and compound forms of long words ("Zielwerts", "Integrationsquote" → no: only endings of ≤ 2 letters).
        if (phrase.Length >= 5 && word.Length <= phrase.Length + 2 && word.StartsWith(phrase, StringComparison.Ordinal)) return true;
        return phrase.Length >= 8 && Math.Abs(word.Length - phrase.Length) <= 1 && Fuzzy.Distance(word, phrase, 1) <= 1;
    }

    /// <summary>A number that can be a threshold: one with a unit or a count noun after it, or a qualifier before it; not a year, a § number or a code.</summary>
    private static bool ThresholdLike(string s, ScannedNumber n, List<Word> words)
    {
        if (n.IsCode) return false;
        int before = words.FindLastIndex(w => w.End <= n.Start);
        if (n.Start > 0 && s.LastIndexOf('§', n.Start - 1) is var para && para >= 0 && n.Start - para < 6) return false;
        if (before >= 0 && n.Start - words[before].End <= 2 && LegalWords.Contains(words[before].Folded)) return false;
        if (UnitAfter(s, n) != null) return true;
        if (before >= 0 && n.Start - words[before].End <= 2 && words[before].Folded == Um) return true;
        if (TargetRuleReader.QualifierBefore(s, n.Start) != 0 && !(n.Value is { } y && y >= 1900 && y <= 2100)) return true;
        int after = words.FindIndex(w => w.Start >= n.End);
        if (after >= 0 && words[after].Start - n.End <= 2 && Find(words, CountNouns, after, after + 1) == after) return true;
        if (n.Value is { } v && v >= 1900 && v <= 2100 && v == Math.Floor(v)) return false;
        if (before >= 0 && YearWords.Contains(words[before].Folded)) return false;
        return false;
    }

    private static string? UnitAfter(string s, ScannedNumber n) => TargetRuleReader.UnitAt(s, n.End).Unit;

    /// <summary>
    /// Reads the statements among <paramref name="sentences"/> that are not frame sentences (<paramref name="skip"/>);
    /// returns the sentences read or reported.
    /// </summary>
    public static HashSet<Sentence> Read(string file, IReadOnlyList<FlowBlock> blocks, IReadOnlyList<Sentence> sentences, HashSet<Sentence> skip,
        List<Target> targets, List<TargetIssue> issues)
    {
        var handled = new HashSet<Sentence>();
        var tableBlocks = ReadTables(file, blocks, targets, issues);
        Sentence? previous = null;
        foreach (var sentence in sentences)
        {
            var block = blocks[sentence.BlockIndex];
            var span = block.Text.AsSpan(sentence.Start, sentence.End - sentence.Start);
            if (skip.Contains(sentence) || tableBlocks.Contains(sentence.BlockIndex)) { previous = null; continue; }
            // Cheap filter before any folding: a statement has a digit and a piece of a target word.
            if (span.IndexOfAnyInRange('0', '9') < 0 || !MayStateTarget(span) || !HasThresholdHint(span)) { previous = sentence; continue; }
            var text = span.ToString();
            var words = Words(text);
            var numbers = NumberScanner.Scan(text);
            if (!Has(words, TargetWords) || (Has(words, PastMarkers) && !Has(words, AgreedMarkers)) || !numbers.Any(n => ThresholdLike(text, n, words)))
            {
                previous = sentence;
                continue;
            }
            var before = previous;
            string? PreviousKey() => before is { } p && IndicatorIdentifier.Identify(blocks[p.BlockIndex].Text[p.Start..p.End]) is { Key: { } k, Ambiguous: false } ? k : null;
            int count = targets.Count + issues.Count;
            ReadStatement(file, block, sentence, text, words, PreviousKey, targets, issues);
            if (targets.Count + issues.Count > count) handled.Add(sentence);
            previous = null;
        }
        return handled;
    }

    private static readonly string[] TargetStems = ["ziel", "verein", "soll", "mind", "höch", "hoch", "maxim", "mehr als", "wenig", "strebt"];

    private static readonly string[] ThresholdHints =
        ["%", "roz", "unkt", "v. h", "vh", "ntegr", "ingliederung", "mind", "höch", "hoch", "maxim", "mehr als", "wenig", "bis zu", "soll"];

    /// <summary>A piece of a unit, a count noun or a qualifier, or "um" before a number: without one no number can be a threshold.</summary>
    private static bool HasThresholdHint(ReadOnlySpan<char> s)
    {
        foreach (var hint in ThresholdHints)
            if (s.IndexOf(hint, StringComparison.OrdinalIgnoreCase) >= 0) return true;
        for (int i = s.IndexOf("um ", StringComparison.Ordinal); i >= 0; i = s[(i + 1)..].IndexOf("um ", StringComparison.Ordinal) is var k && k >= 0 ? i + 1 + k : -1)
        {
            int j = i + 3;
            while (j < s.Length && s[j] is ' ' or '+' or '-' or '–' or '−') j++;
            if (j < s.Length && char.IsAsciiDigit(s[j])) return true;
        }
        return false;
    }

    private static bool MayStateTarget(ReadOnlySpan<char> s)
    {
        foreach (var stem in TargetStems)
            if (s.IndexOf(stem, StringComparison.OrdinalIgnoreCase) >= 0) return true;
        return false;
    }

    private static void ReadStatement(string file, FlowBlock block, Sentence sentence, string text, List<Word> words, Func<string?> previousKey,
        List<Target> targets, List<TargetIssue> issues)
    {
        var clauses = Clauses(text, words);
        string? clauseKey = null;
        foreach (var (start, end) in clauses)
        {
            var clause = text[start..end];
            var cw = Words(clause);
            var numbers = NumberScanner.Scan(clause).Where(n => ThresholdLike(clause, n, cw)).ToList();
            int line = block.LineAt(sentence.Start + Math.Max(start, end - 1));
            var shown = GermanText.FoldWhitespace(clause.Trim());
            var id = IndicatorIdentifier.Identify(clause);
            if (numbers.Count == 0)
            {
                if (id.Key != null && !id.Ambiguous) clauseKey = id.Key;
                continue;
            }
            if (id.Ambiguous)
            {
                issues.Add(Error(null, file, line, $"the target statement names more than one indicator: \"{Short(shown)}\""));
                continue;
            }
            if (id.UnsupportedCode != null && id.Key == null)
            {
                issues.Add(new TargetIssue(null, new Diagnostic(Severity.Warning, DiagnosticCodes.TargetUnknownIndicator, new SourceSpan(file, line),
                    $"the target is about {id.UnsupportedCode.ToUpperInvariant()}, which is no target indicator of ZielSite: \"{Short(shown)}\"")));
                continue;
            }
            var key = id.Key ?? clauseKey ?? previousKey();
            if (key == null)
            {
                issues.Add(Error(null, file, line, $"a target statement names no known indicator (nor does the sentence before it): \"{Short(shown)}\""));
                continue;
            }
            clauseKey = key;
            var target = IsChange(clause, cw, numbers)
                ? ReadChange(file, line, key, clause, shown, issues)
                : ReadLevel(file, line, key, clause, cw, numbers, shown, issues);
            if (target == null) continue;
            var existing = targets.Find(t => t.Key == target.Key && t.Kind == target.Kind);
            if (existing != null)
            {
                issues.Add(new TargetIssue(target.Key, new Diagnostic(Severity.Error, DiagnosticCodes.TargetDuplicate, new SourceSpan(file, line),
                    $"a second target for {target.Key} (the first is on line {existing.Span.Line}); this one is not used")));
                continue;
            }
            targets.Add(target);
        }
    }

    /// <summary>
    /// Tables of indicator and value: a short line with a header word (<see cref="Phrases.TableHeaders"/>) and no
    /// number, then one row a line, each naming an indicator and a threshold ("Integrationsquote (K2)   +1,5 %").
    /// Rows end at the first line that is no row. Returns the blocks the tables stand in (their sentences are not read again).
    /// </summary>
    private static HashSet<int> ReadTables(string file, IReadOnlyList<FlowBlock> blocks, List<Target> targets, List<TargetIssue> issues)
    {
        var result = new HashSet<int>();
        // Lines are walked as (block, line of block) pairs; a table's rows may continue into the next blocks.
        (int Block, string Text, int Line) Line(int b, int i)
        {
            var block = blocks[b];
            int end = i + 1 < block.Offsets.Count ? block.Offsets[i + 1] : block.Text.Length;
            return (b, block.Text[block.Offsets[i]..end].Trim(), block.Lines[i]);
        }
        for (int hb = 0; hb < blocks.Count; hb++)
        for (int hi = 0; hi < blocks[hb].Offsets.Count; hi++)
        {
            var hblock = blocks[hb];
            int hend = hi + 1 < hblock.Offsets.Count ? hblock.Offsets[hi + 1] : hblock.Text.Length;
            var span = hblock.Text.AsSpan(hblock.Offsets[hi], hend - hblock.Offsets[hi]);
            if (span.IndexOf("wert", StringComparison.OrdinalIgnoreCase) < 0 && span.IndexOf("größe", StringComparison.OrdinalIgnoreCase) < 0) continue;
            var header = span.Trim().ToString();
            if (header.Length > 100 || !OnlyYears(header) || !Has(Words(header), TableHeaders)) continue;
            var rows = new List<(int Block, string Text, int Line)>();
            int rb = hb, ri = hi + 1;
            while (true)
            {
                if (ri >= blocks[rb].Offsets.Count) { rb++; ri = 0; }
                if (rb >= blocks.Count) break;
                var row = Line(rb, ri);
                if (!IsRow(row.Text)) break;
                rows.Add(row);
                ri++;
            }
            if (rows.Count == 0) continue;
            result.Add(hb);
            foreach (var row in rows)
            {
                result.Add(row.Block);
                var w = Words(row.Text);
                var numbers = NumberScanner.Scan(row.Text).Where(n => ThresholdLike(row.Text, n, w)).ToList();
                var key = IndicatorIdentifier.Identify(row.Text).Key!;
                var shown = GermanText.FoldWhitespace(row.Text);
                var target = IsChange(row.Text, w, numbers)
                    ? ReadChange(file, row.Line, key, row.Text, shown, issues)
                    : ReadLevel(file, row.Line, key, row.Text, w, numbers, shown, issues);
                if (target == null) continue;
                if (targets.Find(t => t.Key == target.Key && t.Kind == target.Kind) is { } existing)
                    issues.Add(new TargetIssue(target.Key, new Diagnostic(Severity.Error, DiagnosticCodes.TargetDuplicate, new SourceSpan(file, row.Line),
                        $"a second target for {target.Key} (the first is on line {existing.Span.Line}); this one is not used")));
                else targets.Add(target);
            }
        }
        return result;
    }

    /// <summary>True where every number of <paramref name="s"/> is a year ("Zielwert 2025"): a header names no value.</summary>
    private static bool OnlyYears(string s) =>
        NumberScanner.Scan(s).All(n => n.Value is { } v && v >= 1900 && v <= 2100 && v == Math.Floor(v) && n.Raw.Length == 4);

    private static bool IsRow(string line)
    {
        if (line.Length == 0 || line.Length > 160) return false;
        var id = IndicatorIdentifier.Identify(line);
        if (id.Key == null || id.Ambiguous) return false;
        var w = Words(line);
        return NumberScanner.Scan(line).Any(n => ThresholdLike(line, n, w));
    }

    /// <summary>
    /// The clauses of a statement: each "dass" opens one; "und"/"sowie" between two parts that each have a
    /// threshold-like number and a word of change or an indicator split them too ("eine Erhöhung der K2 um 2 % und
    /// eine Senkung des LZB-Bestands um 1 %"). Half-open ranges of <paramref name="text"/>.
    /// </summary>
    private static List<(int Start, int End)> Clauses(string text, List<Word> words)
    {
        var cuts = new List<int> { 0 };
        for (int i = 0; i < words.Count; i++)
        {
            if (words[i].Folded != Dass && words[i].Folded != Dass2) continue;
            int at = words[i].Start;
            if (i > 0 && Joiners.Contains(words[i - 1].Folded)) at = words[i - 1].Start;
            if (at > cuts[^1]) cuts.Add(at);
        }
        cuts.Add(text.Length);
        var result = new List<(int, int)>();
        for (int c = 0; c + 1 < cuts.Count; c++) SplitAtJoiners(text, words, cuts[c], cuts[c + 1], result);
        return result;
    }

    private static void SplitAtJoiners(string text, List<Word> words, int start, int end, List<(int, int)> result)
    {
        var inside = words.Where(w => w.Start >= start && w.End <= end).ToList();
        int cursor = start;
        foreach (var j in inside.Where(w => Joiners.Contains(w.Folded)))
        {
            var left = text[cursor..j.Start];
            var right = text[j.End..end];
            if (Stated(left) && Stated(right))
            {
                result.Add((cursor, j.Start));
                cursor = j.End;
            }
        }
        result.Add((cursor, end));
    }

    /// <summary>Whether a part of a sentence states a threshold of its own: a threshold-like number and an indicator.</summary>
    private static bool Stated(string part)
    {
        var w = Words(part);
        return NumberScanner.Scan(part).Any(n => ThresholdLike(part, n, w)) && IndicatorIdentifier.Identify(part).Key != null;
    }

    /// <summary>A change: "um" before a number, a sign, a word of change or a direction verb; else a level.</summary>
    private static bool IsChange(string clause, List<Word> words, List<ScannedNumber> numbers)
    {
        if (Has(words, ChangeWords) || words.Any(w => w.Folded == Um)) return true;
        foreach (var n in numbers)
        {
            int p = n.Start - 1;
            while (p >= 0 && clause[p] == ' ') p--;
            if (p >= 0 && clause[p] is '+' or '-' or '–' or '−') return true;
        }
        return TargetRuleReader.NamesDirection(clause);
    }

    private static Target? ReadChange(string file, int line, string key, string clause, string shown, List<TargetIssue> issues)
    {
        var rule = TargetRuleReader.Read(clause);
        if (rule.Problem != TargetRuleProblem.None)
        {
            issues.Add(new TargetIssue(key, new Diagnostic(Severity.Error,
                rule.Problem == TargetRuleProblem.Contradiction ? DiagnosticCodes.TargetContradiction : DiagnosticCodes.TargetStatementUnread,
                new SourceSpan(file, line), $"target {key}: {rule.Detail}: \"{Short(shown)}\"")));
            return null;
        }
        var unit = TargetKeys.Unit(key);
        if (!TargetKeys.IsKnown(key))
        {
            issues.Add(Error(key, file, line, $"target {key}: a change target needs a Kennzahl, not a group's value: \"{Short(shown)}\""));
            return null;
        }
        if (rule.Value != 0 && rule.Unit != null && rule.Unit != unit)
        {
            issues.Add(Error(key, file, line,
                $"target {key}: the threshold is given in {(rule.Unit == "pp" ? "Prozentpunkte" : "Prozent")} but {key} is measured in {(unit == "pp" ? "Prozentpunkte" : "Prozent")}"));
            return null;
        }
        string op = rule.Operator ?? (TargetKeys.MoreIsBetter(key) ? ">=" : "<=");
        return new Target(key, op, rule.Value == 0 ? 0.0 : rule.Value, unit, new SourceSpan(file, line), shown);
    }

    private static Target? ReadLevel(string file, int line, string key, string clause, List<Word> words, List<ScannedNumber> numbers,
        string shown, List<TargetIssue> issues)
    {
        if (numbers.Count > 1 && numbers.Select(n => n.Value).Distinct().Count() > 1)
        {
            issues.Add(Error(key, file, line, $"target {key}: the level statement names more than one threshold: \"{Short(shown)}\""));
            return null;
        }
        var n = numbers[0];
        if (n.Value is not { } value)
        {
            issues.Add(Error(key, file, line, $"target {key}: the number '{n.Raw.Trim()}' cannot be read: \"{Short(shown)}\""));
            return null;
        }
        var unit = UnitAfter(clause, n);
        bool women = Has(words, Women), men = Has(words, Men);
        if (women && men)
        {
            issues.Add(Error(key, file, line, $"target {key}: the level names both women and men: \"{Short(shown)}\""));
            return null;
        }
        string suffix = women ? "_f" : men ? "_m" : "";
        string? levelKey;
        string levelUnit;
        if (unit == "%")
        {
            levelKey = key == TargetKeys.K2 ? "k2" + suffix : key == TargetKeys.K3E1 && suffix == "" ? TargetKeys.K3E1 : null;
            levelUnit = "%";
        }
        else if (unit == null)
        {
            levelKey = key == TargetKeys.Integrationen ? "integrationen" + suffix
                : key == TargetKeys.IntegrationenLzb && suffix == "" ? TargetKeys.IntegrationenLzb : null;
            levelUnit = "count";
            // A count has no decimals: "1.714" and "11.000" are thousands groups (never 1,714 or 11).
            var raw = n.Raw.Trim();
            if (levelKey != null && IsThousandsGroups(raw))
                value = double.Parse(raw.Replace(".", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture);
            if (levelKey != null && value != Math.Floor(value))
            {
                issues.Add(Error(key, file, line, $"target {key}: a number of integrations must be whole, found '{n.Raw.Trim()}': \"{Short(shown)}\""));
                return null;
            }
        }
        else
        {
            issues.Add(Error(key, file, line, $"target {key}: a level cannot be given in Prozentpunkte; a change needs 'um' or a direction: \"{Short(shown)}\""));
            return null;
        }
        if (levelKey == null)
        {
            issues.Add(Error(key, file, line, unit == "%"
                ? $"target {key}: '{n.Raw.Trim()} %' reads as a level, but {key} has no level ZielSite can judge (a quota K2, K3E1, or a number of Integrationen); a change needs 'um' or a direction: \"{Short(shown)}\""
                : $"target {key}: the threshold '{n.Raw.Trim()}' has no unit (Prozent, %, Prozentpunkte) and is no number of Integrationen: \"{Short(shown)}\""));
            return null;
        }
        var qualifier = TargetRuleReader.QualifierBefore(clause, n.Start);
        string op = qualifier switch
        {
            > 0 => ">=",
            < 0 => "<=",
            _ => TargetKeys.MoreIsBetter(key) ? ">=" : "<=",
        };
        return new Target(levelKey, op, value, levelUnit, new SourceSpan(file, line), shown) { Kind = TargetKinds.Level };
    }

    /// <summary>"1.714", "11.000", "1.250.000": digits in groups of three after the first, joined by ".".</summary>
    private static bool IsThousandsGroups(string raw)
    {
        var groups = raw.Split('.');
        return groups.Length > 1 && groups[0].Length is >= 1 and <= 3 && groups.All(g => g.All(char.IsAsciiDigit))
            && groups.Skip(1).All(g => g.Length == 3);
    }

    private static TargetIssue Error(string? key, string file, int line, string message) =>
        new(key, new Diagnostic(Severity.Error, DiagnosticCodes.TargetStatementUnread, new SourceSpan(file, line), message));

    private static string Short(string s) => s.Length <= 140 ? s : s[..137] + "…";
}
