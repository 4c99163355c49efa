using System.Text;

namespace ZielSite.Inputs.Pdf;

/// <summary>A word on a PDF page: its text, left and right edge, the y of its baseline (up is larger) and its height, in points.</summary>
internal readonly record struct PdfWord(string Text, double Left, double Right, double Baseline, double Height);

/// <summary>
/// Puts the words of one page into lines of text in reading order, as an agreement's text file has them: words
/// whose baselines lie within half a word height of each other form one line, left to right, one space apart; lines
/// run top to bottom; where the gap to the next line is clearly larger than the page's usual line distance (a new
/// paragraph, or a cover's lines standing apart) an empty line is put between them. One column of text is assumed (agreements have one).
/// </summary>
internal static class PdfLineBuilder
{
    public static IReadOnlyList<string> Lines(IReadOnlyList<PdfWord> words)
    {
        var rows = new List<List<PdfWord>>();
        foreach (var word in words.Where(w => w.Text.Trim().Length > 0).OrderByDescending(w => w.Baseline).ThenBy(w => w.Left))
        {
            var last = rows.Count > 0 ? rows[^1] : null;
            var tolerance = Math.Max(1, 0.5 * Math.Max(word.Height, last?.Max(w => w.Height) ?? 0));
            if (last is not null && Math.Abs(last[0].Baseline - word.Baseline) <= tolerance) last.Add(word);
            else rows.Add([word]);
        }
        if (rows.Count == 0) return [];

        var baselines = rows.Select(r => r[0].Baseline).ToList();
        var steps = baselines.Zip(baselines.Skip(1), (a, b) => a - b).Where(d => d > 0).Order().ToList();
        // The usual line distance: the median step, but at most 1.5 times the text size (on a cover every line may
        // stand alone); a paragraph gap is more than 1.6 times it.
        var heights = words.Where(w => w.Text.Trim().Length > 0).Select(w => w.Height).Order().ToList();
        var usual = steps.Count > 0 ? Math.Min(steps[(steps.Count - 1) / 2], 1.5 * heights[(heights.Count - 1) / 2]) : 0;
        var lines = new List<string>();
        for (var i = 0; i < rows.Count; i++)
        {
            if (i > 0 && usual > 0 && baselines[i - 1] - baselines[i] > 1.6 * usual) lines.Add("");
            lines.Add(Join(rows[i]));
        }
        return lines;
    }

    private static string Join(List<PdfWord> row)
    {
        var s = new StringBuilder();
        foreach (var w in row.OrderBy(w => w.Left))
        {
            if (s.Length > 0) s.Append(' ');
            s.Append(Clean(w.Text.Trim()));
        }
        return s.ToString();
    }

    /// <summary>
    /// Typographic ligatures as their letters ("ﬁ" → "fi"); a soft hyphen ending the word (hyphenation at the line end)
    /// as "-", as a scan's text has it; other soft hyphens and invisible characters dropped.
    /// </summary>
    internal static string Clean(string text)
    {
        if (!text.Any(c => c >= '\u00AD' && (c == '\u00AD' || c is >= '\uFB00' and <= '\uFB06' || c is '\u200B' or '\u200C' or '\u200D' or '\uFEFF')))
            return text;
        var s = new StringBuilder(text.Length + 4);
        for (var i = 0; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '\uFB00': s.Append("ff"); break;
                case '\uFB01': s.Append("fi"); break;
                case '\uFB02': s.Append("fl"); break;
                case '\uFB03': s.Append("ffi"); break;
                case '\uFB04': s.Append("ffl"); break;
                case '\uFB05' or '\uFB06': s.Append("st"); break;
                case '\u00AD': if (i == text.Length - 1) s.Append('-'); break;
                case '\u200B' or '\u200C' or '\u200D' or '\uFEFF': break;
                default: s.Append(text[i]); break;
            }
        }
        return s.ToString();
    }
}
