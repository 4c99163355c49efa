using System.Text.RegularExpressions;
using ZielSite.Text;

namespace ZielSite.Agreements;

/// <summary>
/// Reads the facts of an agreement besides parties and targets: the year, the legal basis, the number of
/// Steuerungsdialoge, the documents that are part of it, and whether it says it is a generated sample.
/// </summary>
internal static partial class FactsReader
{
    [GeneratedRegex(@"(?<!\d)(?:19|20)\d\d(?!\d)")]
    private static partial Regex YearPattern();

    [GeneratedRegex(@"§\s*(?<par>\d{1,3}\s?[a-z]?)(?![\d])\s*(?:(?:Abs\.?|Absatz)\s*(?<abs>\d{1,2}))?\s*(?:(?:S\.|Satz)\s*(?<satz>\d{1,2}))?\s*(?:(?:Nr\.?|Nummer)\s*(?<nr>\d{1,2}))?")]
    private static partial Regex ParagraphPattern();

    [GeneratedRegex(@"[„""“‚»«]{1}(?<t>[^""“”„»«]{3,200}?)[""“”‘«»]")]
    private static partial Regex QuotedPattern();

    private static readonly string[] YearWords = [.. Phrases.YearIntros.Select(Phrases.Fold), Phrases.Fold("Jahres"), Phrases.Fold("Ziele")];
    private static readonly string PreviousYear = Phrases.Fold("Vorjahr");

    [GeneratedRegex(@"^\s*(?:\d{1,2}|[IVX]{1,4})\s?\.\s+\p{Lu}")]
    private static partial Regex NumberedHeading();

    private static readonly FuzzyPattern GoalSentence = FuzzyPattern.Of("Das Ziel ist");

    /// <summary>
    /// The year the agreement is for, with its first line; all candidates for diagnostics. The cover decides: the
    /// year its title and party clause name ("im Jahr 2023", "für das Jahr 2023", "Zielvereinbarung 2016 zwischen …"),
    /// the first where the cover names two; the body's years (reports of the year before, earlier agreements) never
    /// outvote it. Only where the cover names none, the year most often written after "Jahr"/"Ziele" in the text.
    /// <c>All</c> holds the cover's other years (a conflict an editor should see).
    /// </summary>
    public static (int Year, int Line, List<(int Year, int Line)> All)? ReadYear(IReadOnlyList<string> lines)
    {
        var all = FindYears(lines);
        if (all.Count == 0) return null;
        // The cover: up to the paragraph of the first legal reference ("nach § 48b …"), where a year stands there.
        int paragraphLine = FirstParagraphSign(lines);
        int coverEnd = paragraphLine > 0 && all.Any(x => x.Line <= paragraphLine) ? paragraphLine : CoverEnd(lines);
        var cover = all.Where(x => x.Line <= coverEnd).ToList();
        if (cover.Count > 0)
        {
            var first = cover[0];
            return (first.Year, first.Line, cover);
        }
        var best = all.GroupBy(x => x.Year).OrderByDescending(g => g.Count()).ThenBy(g => g.First().Line).First();
        return (best.Key, best.First().Line, []);
    }

    /// <summary>The 1-based line of the first "§" in the first 60 lines, or 0.</summary>
    private static int FirstParagraphSign(IReadOnlyList<string> lines)
    {
        for (int i = 0; i < Math.Min(lines.Count, 60); i++)
            if (lines[i].Contains('§')) return i + 1;
        return 0;
    }

    /// <summary>The last line of the cover: before the first numbered heading ("1. …", "II. …") or target sentence, at most line 60.</summary>
    private static int CoverEnd(IReadOnlyList<string> lines)
    {
        int limit = Math.Min(lines.Count, 60);
        for (int i = 0; i < limit; i++)
        {
            var line = lines[i];
            if (NumberedHeading().IsMatch(line)) return i;
            if (line.Length >= 12 && Fuzzy.Contains(GermanText.Fold(line), GoalSentence, 1)) return i;
        }
        return limit;
    }

    private static List<(int Year, int Line)> FindYears(IReadOnlyList<string> lines)
    {
        var found = new List<(int Year, int Line)>();
        Span<char> buffer = stackalloc char[40];
        for (int i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Length < 4) continue;
            foreach (var m in YearPattern().EnumerateMatches(line))
            {
                var before = line.AsSpan(0, m.Index);
                if (before.Trim().Length == 0 && i > 0) before = PreviousNonBlank(lines, i);
                if (before.Length > 20) before = before[^20..];
                var f = buffer[..GermanText.FoldInto(before, buffer, default)];
                if (Fuzzy.EndsWith(f, PreviousYear, 1, out _)) continue;
                foreach (var w in YearWords)
                {
                    if (!Fuzzy.EndsWith(f, w, 1, out _)) continue;
                    found.Add((int.Parse(line.AsSpan(m.Index, m.Length), System.Globalization.CultureInfo.InvariantCulture), i + 1));
                    break;
                }
            }
        }
        return found;
    }

    private static string PreviousNonBlank(IReadOnlyList<string> lines, int i)
    {
        for (int k = i - 1; k >= 0 && k >= i - 3; k--)
        {
            if (!lines[k].AsSpan().Trim().IsEmpty) return lines[k];
        }
        return "";
    }

    private static readonly string Sgb2 = GermanText.Fold("SGB II");
    private static readonly string Sgb2Long = GermanText.Fold("Zweiten Buches Sozialgesetzbuch");

    /// <summary>The first legal reference ("§ 48b Abs. 1 S. 1 Nr. 4 SGB II") as a normalised string, with its line.</summary>
    public static (string Text, int Line)? ReadLegalBasis(IReadOnlyList<FlowBlock> blocks)
    {
        foreach (var b in blocks)
        {
            int p = b.Text.IndexOf('§');
            if (p < 0) continue;
            var m = ParagraphPattern().Match(b.Text, p);
            if (!m.Success) continue;
            var sb = new System.Text.StringBuilder("§ ");
            sb.Append(m.Groups["par"].Value.Replace(" ", "", StringComparison.Ordinal));
            if (m.Groups["abs"].Success) sb.Append(" Abs. ").Append(m.Groups["abs"].Value);
            if (m.Groups["satz"].Success) sb.Append(" S. ").Append(m.Groups["satz"].Value);
            if (m.Groups["nr"].Success) sb.Append(" Nr. ").Append(m.Groups["nr"].Value);
            int end = Math.Min(b.Text.Length, m.Index + m.Length + 60);
            var law = GermanText.Fold(b.Text[(m.Index + m.Length)..end]);
            if (law.StartsWith(GermanText.Fold("des"), StringComparison.Ordinal) && Fuzzy.Contains(law, Sgb2Long, 3) || Fuzzy.StartsWith(law, Sgb2, 0, out _))
                sb.Append(" SGB II");
            return (sb.ToString(), b.LineAt(m.Index));
        }
        return null;
    }

    private static readonly string Dialogue = GermanText.Fold("Steuerungsdialog");

    /// <summary>The number written before "Steuerungsdialoge" ("zwei", "2"), with its line.</summary>
    public static (int Count, int Line)? ReadSteeringDialogues(IReadOnlyList<FlowBlock> blocks)
    {
        foreach (var b in blocks)
        {
            // Cheap filter before folding: one of two OCR-robust pieces of "Steuerungsdialog" must be there.
            if (b.Text.IndexOf("ialog", StringComparison.OrdinalIgnoreCase) < 0 && b.Text.IndexOf("teuerung", StringComparison.OrdinalIgnoreCase) < 0) continue;
            var folded = GermanText.Fold(b.Text, 0, b.Text.Length);
            int end = Fuzzy.FindEnd(folded.Text, Dialogue, 2);
            if (end < 0) continue;
            int start = folded.SourceIndex(Math.Max(0, end - Dialogue.Length));
            while (start > 0 && char.IsLetter(b.Text[start - 1])) start--;
            var words = b.Text[..start].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            int offset = start;
            for (int k = words.Length - 1; k >= 0 && k >= words.Length - 3; k--)
            {
                offset = b.Text.LastIndexOf(words[k], offset, StringComparison.Ordinal);
                if (GermanText.ParseCardinal(words[k]) is { } n) return (n, b.LineAt(Math.Max(0, offset)));
            }
        }
        return null;
    }

    private static readonly string Part = GermanText.Fold("Bestandteil");

    /// <summary>Documents declared part of the agreement ("Das „Lokale Planungsdokument …“ ist Bestandteil der Zielvereinbarung").</summary>
    public static List<(string Title, int Line)> ReadDocuments(IReadOnlyList<FlowBlock> blocks, IReadOnlyList<Sentence> sentences)
    {
        var result = new List<(string, int)>();
        foreach (var s in sentences)
        {
            if (s.Text.IndexOf("teil", StringComparison.OrdinalIgnoreCase) < 0 && s.Text.IndexOf("estand", StringComparison.OrdinalIgnoreCase) < 0) continue;
            var f = GermanText.Fold(s.Text);
            if (!Fuzzy.Contains(f, Part, 1)) continue;
            var block = blocks[s.BlockIndex];
            var raw = block.Text[s.Start..s.End];
            var quoted = QuotedPattern().Matches(raw);
            if (quoted.Count > 0)
            {
                foreach (Match q in quoted)
                    result.Add((GermanText.FoldWhitespace(q.Groups["t"].Value), block.LineAt(s.Start + q.Index)));
                continue;
            }
            int verb = raw.IndexOf(" ist Bestandteil", StringComparison.OrdinalIgnoreCase);
            if (verb < 0) verb = raw.IndexOf(" sind Bestandteil", StringComparison.OrdinalIgnoreCase);
            if (verb <= 0) continue;
            var subject = raw[..verb].Trim();
            foreach (var article in new[] { "Das ", "Die ", "Der " })
                if (subject.StartsWith(article, StringComparison.Ordinal)) subject = subject[article.Length..];
            if (subject.Length > 0) result.Add((GermanText.FoldWhitespace(subject), block.LineAt(s.Start)));
        }
        return result;
    }

    private static readonly string[] SampleMarks =
        [GermanText.Fold("Beispieltext"), GermanText.Fold("Musterdaten"), GermanText.Fold("generierte Beispiel")];

    /// <summary>True where the text says it is a generated sample ("Beispieltext", "Musterdaten", "generierte Beispiel…").</summary>
    public static bool IsSample(string text)
    {
        foreach (var piece in new[] { "eispiel", "uster", "eneriert" })
        {
            for (int k = text.IndexOf(piece, StringComparison.OrdinalIgnoreCase); k >= 0; k = text.IndexOf(piece, k + 1, StringComparison.OrdinalIgnoreCase))
            {
                int a = Math.Max(0, k - 40), b = Math.Min(text.Length, k + 60);
                var f = GermanText.Fold(text[a..b]);
                if (SampleMarks.Any(m => Fuzzy.Contains(f, m, 1))) return true;
            }
        }
        return false;
    }
}
