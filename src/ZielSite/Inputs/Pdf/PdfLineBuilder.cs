using System.Text;

namespace ZielSite.Inputs.Pdf;

/// <summary>A word on a PDF page: its text, left and right edge, the y of its baseline (up is larger) and its height, in points.</summary>
internal readonly record struct PdfWord(string Text, double Left, double Right, double Baseline, double Height);

/// <summary>
/// Puts the words of one page into lines of text in reading order, as an agreement's text file has them: words
/// whose baselines lie within half a word height of each other form one line, left to right, one space apart; lines
/// run top to bottom; where the gap to the next line is clearly larger than the page's usual line distance (a new
/// paragraph, or a cover's lines standing apart) an empty line is put between them. A page set in two columns
/// (<see cref="Gutter"/>) is read column by column: the rows between two lines that cross the gutter (a heading over
/// both columns) are read first down the left column, then down the right one; a line's number on the page counts
/// in that order.
/// </summary>
internal static class PdfLineBuilder
{
    /// <summary>The page's lines, columns found on the page itself.</summary>
    public static IReadOnlyList<string> Lines(IReadOnlyList<PdfWord> words)
    {
        var rows = Rows(words);
        return Lines(rows, Gutter(rows));
    }

    /// <summary>The words in rows by baseline, top to bottom, each row left to right.</summary>
    public static List<List<PdfWord>> Rows(IReadOnlyList<PdfWord> words)
    {
        var rows = new List<List<PdfWord>>();
        foreach (var word in words.Where(w => w.Text.Trim().Length > 0).OrderByDescending(w => w.Baseline).ThenBy(w => w.Left))
        {
            var last = rows.Count > 0 ? rows[^1] : null;
            var tolerance = Math.Max(1, 0.5 * Math.Max(word.Height, last?.Max(w => w.Height) ?? 0));
            if (last is not null && Math.Abs(last[0].Baseline - word.Baseline) <= tolerance) last.Add(word);
            else rows.Add([word]);
        }
        foreach (var row in rows) row.Sort((x, y) => x.Left.CompareTo(y.Left));
        return rows;
    }

    /// <summary>The rows as lines in reading order: by column when <paramref name="gutter"/> is given.</summary>
    public static IReadOnlyList<string> Lines(List<List<PdfWord>> rows, (double From, double To)? gutter)
    {
        if (rows.Count == 0) return [];
        var baselines = rows.Select(r => r[0].Baseline).ToList();
        var steps = baselines.Zip(baselines.Skip(1), (a, b) => a - b).Where(d => d > 0).Order().ToList();
        // The usual line distance: the median step, but at most 1.5 times the text size (on a cover every line may
        // stand alone); a paragraph gap is more than 1.6 times it.
        var heights = rows.SelectMany(r => r).Select(w => w.Height).Order().ToList();
        var usual = steps.Count > 0 ? Math.Min(steps[(steps.Count - 1) / 2], 1.5 * heights[(heights.Count - 1) / 2]) : 0;
        var lines = new List<string>();
        double? previous = null;
        foreach (var row in ReadingOrder(rows, gutter))
        {
            var baseline = row[0].Baseline;
            if (previous is { } p && usual > 0 && p - baseline > 1.6 * usual) lines.Add("");
            lines.Add(Join(row));
            previous = baseline;
        }
        return lines;
    }

    /// <summary>The rows (top to bottom) in reading order: as they are on a page of one column; by column on a page of two.</summary>
    private static IEnumerable<List<PdfWord>> ReadingOrder(List<List<PdfWord>> rows, (double From, double To)? gutter)
    {
        if (gutter is not var (from, to)) return rows;
        var order = new List<List<PdfWord>>();
        var left = new List<List<PdfWord>>();
        var right = new List<List<PdfWord>>();
        void Flush()
        {
            order.AddRange(left);
            order.AddRange(right);
            left.Clear();
            right.Clear();
        }
        foreach (var row in rows)
        {
            if (row.Any(w => Crosses(w, from, to)))
            {
                Flush();
                order.Add(row);
                continue;
            }
            var l = row.Where(w => w.Right <= from).ToList();
            var r = row.Where(w => w.Left >= to).ToList();
            if (l.Count > 0) left.Add(l);
            if (r.Count > 0) right.Add(r);
        }
        Flush();
        return order;
    }

    private static bool Crosses(PdfWord w, double from, double to) => w.Left < to && w.Right > from;

    /// <summary>
    /// The gap between two columns of text, or null for a page of one column. A gutter is an empty vertical strip at
    /// least 9 pt wide in the middle 40 % of the text that at least 6 rows have words on both sides of, and that most
    /// rows do not cross; the two sides must look like running text, not a table of indicator and value: columns of
    /// about equal width (the narrower at least 60 % of the wider) and at least 6 rows with 3 words or more on each
    /// side. Tables (a label and a value or two) are thus read across, as before.
    /// </summary>
    internal static (double From, double To)? Gutter(IReadOnlyList<List<PdfWord>> rows)
    {
        if (rows.Count < 6 || Strip(rows) is not var (from, to)) return null;
        var twoSided = rows.Where(r => !r.Any(w => Crosses(w, from, to)) && r.Any(w => w.Right <= from) && r.Any(w => w.Left >= to)).ToList();
        if (twoSided.Count < 6) return null;
        var leftWidth = from - twoSided.Min(r => r.Where(w => w.Right <= from).Min(w => w.Left));
        var rightWidth = twoSided.Max(r => r.Where(w => w.Left >= to).Max(w => w.Right)) - to;
        if (Math.Min(leftWidth, rightWidth) < 0.6 * Math.Max(leftWidth, rightWidth)) return null;
        // Running text on both sides, not a label and a value: at least 6 rows with 3 words or more on each side.
        if (twoSided.Count(r => r.Count(w => w.Right <= from) >= 3 && r.Count(w => w.Left >= to) >= 3) < 6) return null;
        return (from, to);
    }

    /// <summary>
    /// The gutter of a page that does not show two columns by itself (the last page, whose right column may hold a few
    /// lines) when the document's other pages do: this page's empty strip, if it overlaps their gutter and has words on
    /// both sides.
    /// </summary>
    internal static (double From, double To)? GutterLike(IReadOnlyList<List<PdfWord>> rows, (double From, double To) document)
    {
        if (rows.Count < 2 || Strip(rows) is not var (from, to)) return null;
        if (to < document.From || from > document.To) return null;
        return rows.Any(r => r.Any(w => w.Right <= from)) && rows.Any(r => r.Any(w => w.Left >= to)) ? (from, to) : null;
    }

    /// <summary>The widest strip, at least 9 pt wide, in the middle 40 % of the text that the fewest rows (at most a third) cross.</summary>
    private static (double From, double To)? Strip(IReadOnlyList<List<PdfWord>> rows)
    {
        var left = rows.Min(r => r.Min(w => w.Left));
        var right = rows.Max(r => r.Max(w => w.Right));
        var width = right - left;
        if (width < 100) return null;
        // How many rows cover each point of the middle 40 % (one bin a point).
        var start = (int)Math.Floor(left + 0.3 * width);
        var end = (int)Math.Ceiling(left + 0.7 * width);
        var cover = new int[end - start + 1];
        foreach (var row in rows)
        {
            var covered = new bool[cover.Length];
            foreach (var w in row)
            {
                for (var x = Math.Max(start, (int)Math.Floor(w.Left)); x <= Math.Min(end, (int)Math.Ceiling(w.Right)); x++)
                    covered[x - start] = true;
            }
            for (var i = 0; i < cover.Length; i++) if (covered[i]) cover[i]++;
        }
        // The fewest crossing rows (headings over both columns) that leave a strip at least 9 pt wide: a blank
        // between two words is about 3 pt.
        int bestFrom = -1, bestLength = 0;
        for (var allowed = cover.Min(); allowed <= rows.Count / 3 && bestLength < 9; allowed++)
        {
            for (var i = 0; i < cover.Length;)
            {
                if (cover[i] > allowed) { i++; continue; }
                var j = i;
                while (j < cover.Length && cover[j] <= allowed) j++;
                if (j - i > bestLength) (bestFrom, bestLength) = (i, j - i);
                i = j;
            }
        }
        return bestLength < 9 ? null : (start + bestFrom, start + bestFrom + bestLength - 1);
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
