namespace ZielSite.Text;

/// <summary>
/// Approximate string comparison for folded text (<see cref="GermanText.Fold(string)"/>): bounded edit
/// distance between words and approximate search of a pattern inside a text (Myers' bit-parallel
/// algorithm, linear in the text length, patterns up to 64 characters).
/// </summary>
internal static class Fuzzy
{
    /// <summary>Errors tolerated for a pattern of <paramref name="length"/> folded letters: 0 up to 5, then one per 6.</summary>
    public static int DefaultErrors(int length) => length < 6 ? 0 : length / 6;

    /// <summary>Levenshtein distance of <paramref name="a"/> and <paramref name="b"/>, or max+1 where it exceeds <paramref name="max"/>.</summary>
    public static int Distance(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int max)
    {
        if (Math.Abs(a.Length - b.Length) > max) return max + 1;
        if (a.Length == 0 || b.Length == 0) return Math.Max(a.Length, b.Length);
        Span<int> prev = b.Length < 128 ? stackalloc int[b.Length + 1] : new int[b.Length + 1];
        Span<int> cur = b.Length < 128 ? stackalloc int[b.Length + 1] : new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++) prev[j] = j;
        for (int i = 1; i <= a.Length; i++)
        {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                int v = Math.Min(Math.Min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                cur[j] = v;
                if (v < rowMin) rowMin = v;
            }
            if (rowMin > max) return max + 1;
            var t = prev; prev = cur; cur = t;
        }
        return prev[b.Length] > max ? max + 1 : prev[b.Length];
    }

    /// <summary>
    /// The first position where <paramref name="pattern"/> ends in <paramref name="text"/>[start..] with at most
    /// <paramref name="maxErrors"/> edits, as the index after its last character; -1 where there is none.
    /// When a match is found, the search continues while the distance keeps falling, so the end is that of
    /// the best local match.
    /// </summary>
    public static int FindEnd(string text, string pattern, int maxErrors, int start = 0) =>
        FindEnd(text.AsSpan(), pattern.AsSpan(), maxErrors, start);

    /// <summary>As <see cref="FindEnd(string, string, int, int)"/> on spans.</summary>
    public static int FindEnd(ReadOnlySpan<char> text, ReadOnlySpan<char> pattern, int maxErrors, int start = 0)
    {
        int m = pattern.Length;
        if (m == 0) return start;
        if (maxErrors == 0 || m > 64) return ExactEnd(text, pattern, start);
        if (text.Length - start < m - maxErrors || !MayOccur(text, pattern, maxErrors, start)) return -1;
        Span<ulong> peq = stackalloc ulong[128];
        for (int i = 0; i < m; i++)
        {
            char c = pattern[i];
            if (c < 128) peq[c] |= 1UL << i;
        }
        return Myers(text, m, peq, maxErrors, start, int.MaxValue);
    }

    /// <summary>As <see cref="FindEnd(string, string, int, int)"/> with a pattern prepared once.</summary>
    public static int FindEnd(string text, FuzzyPattern pattern, int maxErrors, int start = 0) =>
        FindEnd(text.AsSpan(), pattern, maxErrors, start);

    /// <summary>
    /// As <see cref="FindEnd(string, FuzzyPattern, int, int)"/> on a span. Where the caller only wants a match
    /// ending at or before <paramref name="giveUpAfter"/>, the scan stops (returning -1) as soon as no such match
    /// can come; a result that is returned is always the one the unbounded search gives.
    /// </summary>
    public static int FindEnd(ReadOnlySpan<char> text, FuzzyPattern pattern, int maxErrors, int start = 0, int giveUpAfter = int.MaxValue)
    {
        int m = pattern.Length;
        if (m == 0) return start;
        if (maxErrors == 0 || m > 64) return ExactEnd(text, pattern.Text, start);
        // Fewer characters left than the pattern needs even with every error an insertion: no match.
        if (text.Length - start < m - maxErrors || !MayOccur(text, pattern.Text, maxErrors, start)) return -1;
        return Myers(text, m, pattern.Masks, maxErrors, start, giveUpAfter);
    }

    /// <summary>
    /// The set of characters in <paramref name="text"/>: one bit per letter a–z, one for all other characters.
    /// Every letter of a pattern missing from a text costs a match at least one edit, which
    /// <see cref="FewestErrors(ReadOnlySpan{char}, ulong, FuzzyPattern, int)"/> uses to reject most patterns at once.
    /// </summary>
    public static ulong LetterSet(ReadOnlySpan<char> text)
    {
        ulong set = 0;
        foreach (char c in text) set |= 1UL << (c is >= 'a' and <= 'z' ? c - 'a' : 26);
        return set;
    }

    /// <summary>
    /// As <see cref="FewestErrors(ReadOnlySpan{char}, FuzzyPattern, int)"/> for one text compared with many patterns:
    /// <paramref name="textLetters"/> is <see cref="LetterSet"/> of <paramref name="text"/>.
    /// </summary>
    public static int FewestErrors(ReadOnlySpan<char> text, ulong textLetters, FuzzyPattern pattern, int maxErrors)
    {
        // Each distinct letter of the pattern absent from the text needs its own edit.
        if (maxErrors < 0 || System.Numerics.BitOperations.PopCount(pattern.LetterSet & ~textLetters) > maxErrors) return -1;
        return FewestErrors(text, pattern, maxErrors);
    }

    /// <summary>
    /// The fewest edits (0 to <paramref name="maxErrors"/>) with which <paramref name="pattern"/> occurs in
    /// <paramref name="text"/>, or -1 where it needs more: the smallest e for which
    /// <see cref="Contains(string, FuzzyPattern, int)"/> holds, found in one scan instead of one per e.
    /// </summary>
    public static int FewestErrors(ReadOnlySpan<char> text, FuzzyPattern pattern, int maxErrors)
    {
        if (maxErrors < 0) return -1;
        int m = pattern.Length;
        if (m == 0) return 0;
        // Contains with more than 0 errors is an exact search for patterns over 64 letters, as with 0.
        if (maxErrors == 0 || m > 64) return text.IndexOf(pattern.Text, StringComparison.Ordinal) >= 0 ? 0 : -1;
        if (text.Length < m - maxErrors || !MayOccur(text, pattern.Text, maxErrors, 0)) return -1;
        var peq = pattern.Masks;
        var column = new MyersColumn(m);
        int best = int.MaxValue;
        foreach (char c in text)
        {
            var score = column.Step(c < 128 ? peq[c] : 0);
            if (score < best)
            {
                best = score;
                if (best == 0) return 0;
            }
        }
        return best <= maxErrors ? best : -1;
    }

    /// <summary>True where <paramref name="pattern"/> occurs in <paramref name="text"/> with at most <paramref name="maxErrors"/> edits.</summary>
    public static bool Contains(string text, FuzzyPattern pattern, int maxErrors) => FindEnd(text.AsSpan(), pattern, maxErrors) >= 0;

    /// <summary>As <see cref="Contains(string, FuzzyPattern, int)"/> on a span.</summary>
    public static bool Contains(ReadOnlySpan<char> text, FuzzyPattern pattern, int maxErrors) => FindEnd(text, pattern, maxErrors) >= 0;

    private static int ExactEnd(ReadOnlySpan<char> text, ReadOnlySpan<char> pattern, int start)
    {
        int k = text[start..].IndexOf(pattern, StringComparison.Ordinal);
        return k < 0 ? -1 : start + k + pattern.Length;
    }

    /// <summary>
    /// A filter that never rejects a match: split the pattern into maxErrors+1 pieces; every edit changes at most
    /// one piece, so a match within maxErrors edits contains at least one piece unchanged. False where no piece
    /// occurs in <paramref name="text"/>[start..] (a vectorised exact search, far cheaper than the Myers scan).
    /// </summary>
    private static bool MayOccur(ReadOnlySpan<char> text, ReadOnlySpan<char> pattern, int maxErrors, int start)
    {
        int pieces = maxErrors + 1;
        int m = pattern.Length;
        if (m / pieces < 3) return true; // pieces of one or two letters occur almost everywhere: not worth it
        var rest = text[start..];
        int from = 0;
        for (int p = 0; p < pieces; p++)
        {
            int to = (int)((long)m * (p + 1) / pieces);
            if (rest.IndexOf(pattern[from..to], StringComparison.Ordinal) >= 0) return true;
            from = to;
        }
        return false;
    }

    private static int Myers(ReadOnlySpan<char> text, int m, ReadOnlySpan<ulong> peq, int maxErrors, int start, int giveUpAfter)
    {
        var column = new MyersColumn(m);
        int found = -1, foundScore = int.MaxValue;
        for (int j = start; j < text.Length; j++)
        {
            char c = text[j];
            var score = column.Step(c < 128 ? peq[c] : 0);
            if (score <= maxErrors)
            {
                if (score < foundScore) { found = j + 1; foundScore = score; }
                if (score == 0) return found;
            }
            else if (found >= 0) return found;
            else if (j + 1 >= giveUpAfter) return -1; // the first match would end after giveUpAfter
        }
        return found;
    }

    /// <summary>True where <paramref name="pattern"/> occurs in <paramref name="text"/> with at most <paramref name="maxErrors"/> edits.</summary>
    public static bool Contains(string text, string pattern, int maxErrors) => FindEnd(text, pattern, maxErrors) >= 0;

    /// <summary>True where <paramref name="text"/> begins with <paramref name="pattern"/> within <paramref name="maxErrors"/> edits; the length of the best prefix in <paramref name="length"/>.</summary>
    public static bool StartsWith(string text, string pattern, int maxErrors, out int length) =>
        BestPrefix(text, pattern, maxErrors, reverse: false, out length);

    /// <summary>As <see cref="StartsWith(string, string, int, out int)"/> on spans.</summary>
    public static bool StartsWith(ReadOnlySpan<char> text, ReadOnlySpan<char> pattern, int maxErrors, out int length) =>
        BestPrefix(text, pattern, maxErrors, reverse: false, out length);

    /// <summary>True where <paramref name="text"/> ends with <paramref name="pattern"/> within <paramref name="maxErrors"/> edits; the length of the best suffix in <paramref name="length"/>.</summary>
    public static bool EndsWith(string text, string pattern, int maxErrors, out int length) =>
        BestPrefix(text, pattern, maxErrors, reverse: true, out length);

    /// <summary>As <see cref="EndsWith(string, string, int, out int)"/> on spans.</summary>
    public static bool EndsWith(ReadOnlySpan<char> text, ReadOnlySpan<char> pattern, int maxErrors, out int length) =>
        BestPrefix(text, pattern, maxErrors, reverse: true, out length);

    /// <summary>
    /// One edit-distance table of the pattern against the first (or, reversed, the last) m+k characters of the
    /// text; its last row gives the distance to every prefix length at once. Ties prefer the pattern's length.
    /// </summary>
    private static bool BestPrefix(ReadOnlySpan<char> text, ReadOnlySpan<char> pattern, int maxErrors, bool reverse, out int length)
    {
        length = 0;
        int m = pattern.Length;
        int n = Math.Min(text.Length, m + maxErrors);
        if (n < m - maxErrors) return false;
        if (maxErrors == 0)
        {
            bool ok = reverse ? text.EndsWith(pattern, StringComparison.Ordinal) : text.StartsWith(pattern, StringComparison.Ordinal);
            length = ok ? m : 0;
            return ok;
        }
        Span<int> prev = stackalloc int[n + 1];
        Span<int> cur = stackalloc int[n + 1];
        for (int j = 0; j <= n; j++) prev[j] = j;
        for (int i = 1; i <= m; i++)
        {
            char pc = reverse ? pattern[m - i] : pattern[i - 1];
            cur[0] = i;
            int rowMin = i;
            for (int j = 1; j <= n; j++)
            {
                char tc = reverse ? text[text.Length - j] : text[j - 1];
                int v = Math.Min(Math.Min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + (pc == tc ? 0 : 1));
                cur[j] = v;
                if (v < rowMin) rowMin = v;
            }
            if (rowMin > maxErrors) return false;
            var t = prev; prev = cur; cur = t;
        }
        int best = maxErrors + 1;
        for (int j = Math.Max(0, m - maxErrors); j <= n; j++)
        {
            int d = prev[j];
            if (d < best || (d == best && j == m)) { best = d; length = j; }
        }
        return best <= maxErrors;
    }

    /// <summary>
    /// The state of Myers' bit-parallel edit distance (1999) for a pattern of up to 64 letters: one
    /// <see cref="Step"/> per text character gives the fewest edits of an occurrence ending there.
    /// </summary>
    private struct MyersColumn(int m)
    {
        private ulong _pv = m == 64 ? ulong.MaxValue : (1UL << m) - 1;
        private ulong _mv;
        private readonly ulong _high = 1UL << (m - 1);
        private int _score = m;

        /// <summary>Advances by one text character (<paramref name="eq"/>: the pattern positions holding it); returns the score.</summary>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public int Step(ulong eq)
        {
            ulong xv = eq | _mv;
            ulong xh = (((eq & _pv) + _pv) ^ _pv) | eq;
            ulong ph = _mv | ~(xh | _pv);
            ulong mh = _pv & xh;
            if ((ph & _high) != 0) _score++;
            else if ((mh & _high) != 0) _score--;
            ph <<= 1;
            mh <<= 1;
            _pv = mh | ~(xv | ph);
            _mv = ph & xv;
            return _score;
        }
    }
}
