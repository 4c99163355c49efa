using System.Text;
using System.Text.RegularExpressions;
using ZielSite.Text;

namespace ZielSite.Agreements;

/// <summary>
/// Reflows the lines of an OCR text into headings, paragraphs and list items. Lines of one paragraph are
/// joined (also across blank lines inside a sentence), words hyphenated across lines are joined, stray marks
/// that stand alone ("•", "*.", "'") are dropped. Words are never corrected.
/// </summary>
internal static partial class BlockBuilder
{
    private const string BulletMarks = "•»«·▪■►●○◦";

    /// <summary>A mark that stands before a list item ("•", and what OCR makes of it: "»", "«", "·" …).</summary>
    internal static bool IsBulletMark(char c) => BulletMarks.Contains(c);

    [GeneratedRegex(@"^(?<num>\d{1,2}|[IVXl|1]{1,4})\s?\.\s*(?<title>\p{Lu}[^\n]{2,90})$")]
    private static partial Regex HeadingPattern();

    private sealed class Pending
    {
        public TextBlockKind Kind;
        public readonly StringBuilder Text = new(256);
        public readonly List<int> Offsets = [];
        public readonly List<int> Lines = [];
        public string LastLine = "";

        /// <summary>This one emptied for a new block of <paramref name="kind"/> (one is reused for all blocks: no garbage per block).</summary>
        public Pending Start(TextBlockKind kind)
        {
            Kind = kind;
            Text.Clear();
            Offsets.Clear();
            Lines.Clear();
            LastLine = "";
            return this;
        }
    }

    /// <summary>The blocks of <paramref name="lines"/> (index 0 is line 1), in text order.</summary>
    public static List<FlowBlock> Build(IReadOnlyList<string> lines)
    {
        var blocks = new List<FlowBlock>();
        var scratch = new Pending();
        Pending? cur = null;
        bool blank = false;
        for (int i = 0; i < lines.Count; i++)
        {
            int lineNo = i + 1;
            var line = CleanLine(lines[i]);
            if (line.Length == 0) { blank = true; continue; }
            if (IsHeading(line))
            {
                Close(ref cur, blocks);
                Pending? p = scratch.Start(TextBlockKind.Heading);
                Append(p, line, lineNo);
                Close(ref p, blocks);
                blank = false;
                continue;
            }
            bool bullet = TryBullet(line, out var rest, out bool glued);
            if (bullet && glued && cur != null && cur.Kind != TextBlockKind.Heading && !EndsTerminal(cur.LastLine))
            {
                // A mark glued to the first word of a line that continues a sentence: OCR noise, not a list.
                bullet = false;
                line = rest;
            }
            if (bullet)
            {
                Close(ref cur, blocks);
                cur = scratch.Start(TextBlockKind.ListItem);
                Append(cur, rest, lineNo);
            }
            else if (cur != null && cur.Kind != TextBlockKind.Heading && ShouldJoin(cur, line, blank))
            {
                Append(cur, line, lineNo);
            }
            else
            {
                Close(ref cur, blocks);
                cur = scratch.Start(TextBlockKind.Paragraph);
                Append(cur, line, lineNo);
            }
            blank = false;
        }
        Close(ref cur, blocks);
        return blocks;
    }

    private static void Close(ref Pending? p, List<FlowBlock> blocks)
    {
        if (p == null) return;
        if (p.Text.Length > 0)
            blocks.Add(new FlowBlock(new TextBlock(p.Kind, p.Text.ToString(), p.Lines[0]), p.Offsets.ToArray(), p.Lines.ToArray()));
        p = null;
    }

    private static void Append(Pending p, string line, int lineNo)
    {
        var sb = p.Text;
        if (sb.Length > 0)
        {
            if (EndsWithHyphen(sb))
            {
                var firstWord = FirstWord(line);
                if (Phrases.HyphenKeepers.Contains(firstWord)) sb.Append(' ');
                else if (line.Length > 0 && char.IsLower(line[0])) sb.Length--;
            }
            else sb.Append(' ');
        }
        p.Offsets.Add(sb.Length);
        p.Lines.Add(lineNo);
        sb.Append(line);
        p.LastLine = line;
    }

    private static bool EndsWithHyphen(StringBuilder sb) =>
        sb.Length >= 2 && sb[^1] is '-' or '¬' or '‐' && char.IsLetter(sb[^2]);

    private static string FirstWord(string line)
    {
        int k = line.IndexOf(' ');
        return k < 0 ? line : line[..k];
    }

    /// <summary>Whether <paramref name="line"/> continues the pending block.</summary>
    private static bool ShouldJoin(Pending cur, string line, bool blank)
    {
        var prev = cur.LastLine;
        if (prev.Length >= 2 && prev[^1] is '-' or '¬' or '‐' && char.IsLetter(prev[^2])) return true;
        if (char.IsLower(line[0]) || line[0] is '(' or ',' or ';') return true;
        bool terminal = EndsTerminal(prev);
        if (cur.Kind == TextBlockKind.ListItem)
        {
            if (EndsWithFunctionWord(prev)) return true;
            // After a blank line a list item goes on only where its last line visibly continues (above); a new
            // sentence after a blank line is a new paragraph, whatever its first word.
            if (blank && StartsWithCapitalWordOfSentence(line)) return false;
            return !terminal && !prev.EndsWith(')') && !StartsSentence(line) && line.Length < 60 && HasNoTerminal(line);
        }
        if (!blank) return !(terminal && StartsSentence(line));
        return !terminal && !StartsSentence(line);
    }

    /// <summary>A line that reads as a sentence: a capital, then words, and a sentence end (".") on it or a length of a full line.</summary>
    private static bool StartsWithCapitalWordOfSentence(string line) =>
        char.IsUpper(line[0]) && (line.Contains(". ", StringComparison.Ordinal) || line.EndsWith('.') || line.Length >= 60);

    private static bool HasNoTerminal(string line) => !line.Contains(". ", StringComparison.Ordinal);

    internal static bool EndsTerminal(string s)
    {
        for (int i = s.Length - 1; i >= 0; i--)
        {
            char c = s[i];
            if (char.IsWhiteSpace(c) || c is '"' or '“' or '”' or '\'' or ')') continue;
            return c is '.' or '!' or '?' or ':';
        }
        return false;
    }

    private static readonly HashSet<string> FunctionWords = new(Phrases.FunctionWords.Select(Phrases.Fold), StringComparer.Ordinal);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FunctionWordLookup =
        FunctionWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool EndsWithFunctionWord(string s)
    {
        int k = s.LastIndexOf(' ');
        var word = k < 0 ? s.AsSpan() : s.AsSpan(k + 1);
        Span<char> buffer = word.Length <= 128 ? stackalloc char[word.Length * 2] : new char[word.Length * 2];
        int n = GermanText.FoldInto(word, buffer, default);
        if (FunctionWordLookup.Contains(buffer[..n])) return true;
        if (n is < 3 or > 5) return false;
        var w = new string(buffer[..n]);
        // OCR's letter confusions (Phrases.LetterConfusions: "ri" read for "n", "vori" for "von").
        foreach (var (read, meant) in Phrases.LetterConfusions)
            if (FunctionWords.Contains(w.Replace(read, meant, StringComparison.Ordinal))) return true;
        return false;
    }

    private static readonly HashSet<string> SentenceStarters = new(Phrases.SentenceStarters.Select(Phrases.Fold), StringComparer.Ordinal);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SentenceStarterLookup =
        SentenceStarters.GetAlternateLookup<ReadOnlySpan<char>>();

    [GeneratedRegex(@"^\p{Lu}[\p{L}.\- ]{1,40}, (?:den|im) ")]
    private static partial Regex PlaceAndDate();

    /// <summary>
    /// Whether <paramref name="line"/> opens a sentence: its first word is one of <see cref="Phrases.SentenceStarters"/>,
    /// or it is a place and date line ("Würzburg, den 20. März 2024") that opens a signature block.
    /// </summary>
    private static bool StartsSentence(string line)
    {
        if (!char.IsUpper(line[0])) return false;
        if (PlaceAndDate().IsMatch(line)) return true;
        int k = 0;
        while (k < line.Length && char.IsLetter(line[k])) k++;
        Span<char> buffer = k <= 128 ? stackalloc char[k * 2] : new char[k * 2];
        int n = GermanText.FoldInto(line.AsSpan(0, k), buffer, default);
        return SentenceStarterLookup.Contains(buffer[..n]);
    }

    private static bool IsHeading(string line)
    {
        if (line.Length > 100 || line.EndsWith(',')) return false;
        if (HeadingPattern().IsMatch(line)) return true;
        if (line.Length > 30) return false;
        Span<char> buffer = stackalloc char[line.Length * 2];
        var f = buffer[..GermanText.FoldInto(line, buffer, default)];
        return f.Length < 20 && (Fuzzy.Distance(f, AgreementTitle, 2) <= 2 || Fuzzy.Distance(f, AgreementWord, 1) <= 1);
    }

    private static readonly string AgreementTitle = GermanText.Fold("Zielvereinbarung");
    private static readonly string AgreementWord = GermanText.Fold("Vereinbarung");

    /// <summary>A heading's numeral and title, where <paramref name="text"/> is one ("II. Verbesserung …").</summary>
    internal static bool TrySplitHeading(string text, out string numeral, out string title)
    {
        var m = HeadingPattern().Match(text);
        numeral = m.Success ? m.Groups["num"].Value : "";
        title = m.Success ? m.Groups["title"].Value.Trim() : text;
        return m.Success;
    }

    private static bool TryBullet(string line, out string rest, out bool glued)
    {
        rest = line;
        glued = false;
        char c = line[0];
        bool mark = BulletMarks.Contains(c) || (c is '-' or '–' or '*' && line.Length > 1 && line[1] == ' ');
        if (!mark || line.Length < 2) return false;
        int k = 1;
        while (k < line.Length && (line[k] == ' ' || BulletMarks.Contains(line[k]))) k++;
        if (k >= line.Length || !char.IsLetter(line[k]) && line[k] is not ('„' or '"')) return false;
        glued = k == 1;
        rest = line[k..];
        return true;
    }

    /// <summary>
    /// The line without leading/trailing space and without tokens that are only stray marks; a lone "." is
    /// glued to the word before it. Empty where nothing but marks remain.
    /// </summary>
    internal static string CleanLine(string raw)
    {
        if (IsClean(raw)) return raw;
        var parts = raw.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0) return "";
        var sb = new StringBuilder(raw.Length);
        for (int i = 0; i < parts.Length; i++)
        {
            var t = parts[i];
            if (i == 0 && t.Length == 1 && BulletMarks.Contains(t[0]) && parts.Length > 1)
            {
                sb.Append(t);
                continue;
            }
            if (IsNoiseToken(t))
            {
                if (t == "." && sb.Length > 0 && char.IsLetterOrDigit(sb[^1])) sb.Append('.');
                continue;
            }
            if (sb.Length > 0) sb.Append(' ');
            sb.Append(t);
        }
        return sb.ToString();
    }

    /// <summary>
    /// True where <see cref="CleanLine"/> would return <paramref name="raw"/> unchanged: no white space but single
    /// spaces between tokens and no token of marks only (most lines; saves splitting and re-joining them).
    /// </summary>
    private static bool IsClean(string raw)
    {
        if (raw.Length == 0) return false;
        int tokenStart = 0;
        for (int i = 0; i <= raw.Length; i++)
        {
            if (i < raw.Length)
            {
                char c = raw[i];
                if (c == ' ') { if (i == tokenStart) return false; }
                else if (char.IsWhiteSpace(c)) return false;
                else continue;
            }
            else if (i == tokenStart) return false; // trailing space
            if (IsNoiseToken(raw.AsSpan(tokenStart, i - tokenStart))) return false;
            tokenStart = i + 1;
        }
        return true;
    }

    private static bool IsNoiseToken(ReadOnlySpan<char> t)
    {
        foreach (char c in t)
        {
            if (!(BulletMarks.Contains(c) || c is '*' or '\'' or '’' or '‘' or '^' or '~' or '.' or '_' or '`' or '´'))
                return false;
        }
        return true;
    }
}
