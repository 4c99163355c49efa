using ZielSite.Text;
using static ZielSite.Agreements.NumberScanner;

namespace ZielSite.Agreements;

internal static partial class TargetRuleReader
{
    private enum Qualifier { None, AtLeast, Cap }

    private sealed record Phrase(int Start, int End, double Value, string? Unit, Qualifier Qualifier, int Sign, string? Unreadable);

    private sealed record Restatement(double Value, string? Unit, string? Unreadable);

    private static (string Folded, int Errors, Qualifier Q, bool Um)[] Intros { get; } = BuildIntros();

    private static (string, int, Qualifier, bool)[] BuildIntros()
    {
        var list = new List<(string, int, Qualifier, bool)>();
        void Add(string german, Qualifier q)
        {
            foreach (var (prefix, um) in new[] { ("um ", true), ("", false) })
            {
                var f = GermanText.Fold(prefix + german);
                list.Add((f, f.Length < 5 ? 0 : f.Length < 12 ? 1 : 2, q, um));
            }
        }
        Add("nicht mehr als", Qualifier.Cap);
        Add("höchstens", Qualifier.Cap);
        Add("maximal", Qualifier.Cap);
        Add("bis zu", Qualifier.Cap);
        Add("mindestens", Qualifier.AtLeast);
        Add("wenigstens", Qualifier.AtLeast);
        Add("mehr als", Qualifier.AtLeast);
        list.Add((GermanText.Fold("nicht um mehr als"), 2, Qualifier.Cap, true));
        list.Add(("um", 0, Qualifier.None, true));
        return [.. list.OrderByDescending(x => x.Item1.Length)];
    }

    /// <summary>The qualifier that ends <paramref name="foldedWindow"/>, whether "um" introduces it, or null.</summary>
    private static (Qualifier Q, bool Um)? ReadIntro(string foldedWindow)
    {
        foreach (var (f, e, q, um) in Intros)
        {
            if (Fuzzy.EndsWith(foldedWindow, f, e, out _)) return (q, um);
        }
        return null;
    }

    /// <summary>The unit after <paramref name="pos"/> ("%", "Prozent", "Prozentpunkte", "v. H."; OCR-tolerant), or null.</summary>
    internal static (string? Unit, int End) UnitAt(string s, int pos) => ReadUnit(s, pos);

    /// <summary>+1 where "mindestens"/"wenigstens"/"mehr als" stands right before <paramref name="pos"/>, −1 for "höchstens"/"maximal"/"nicht mehr als"/"bis zu", else 0.</summary>
    internal static int QualifierBefore(string s, int pos)
    {
        int from = Math.Max(0, pos - 45);
        var window = s[from..pos].TrimEnd();
        if (window.Length > 0 && window[^1] is '+' or '-' or '–' or '−') window = window[..^1];
        var intro = ReadIntro(GermanText.Fold(window));
        return intro?.Q switch { Qualifier.AtLeast => 1, Qualifier.Cap => -1, _ => 0 };
    }

    private static (string? Unit, int End) ReadUnit(string s, int pos)
    {
        int k = pos;
        while (k < s.Length && s[k] == ' ') k++;
        if (k < s.Length && s[k] == '%')
        {
            int m = k + 1;
            while (m < s.Length && s[m] is ' ' or '-' or '–') m++;
            int w = m;
            while (w < s.Length && char.IsLetter(s[w])) w++;
            var word = GermanText.Fold(s[m..w]);
            if (word is "punkte" or "punkt" or "pkt" or "punkten") return ("pp", w);
            return ("%", k + 1);
        }
        int limit = k;
        // A digit inside a word is OCR's letter ("Pr0zent"); a digit after a space starts the next number.
        while (limit < s.Length && limit - k < 30 && s[limit] is not ('=' or '(' or ')' or '%')
            && !(char.IsAsciiDigit(s[limit]) && (limit == k || !char.IsLetter(s[limit - 1])))) limit++;
        Span<char> chars = stackalloc char[(limit - k) * 2];
        Span<int> map = stackalloc int[(limit - k) * 2];
        int n = GermanText.FoldInto(s.AsSpan(k, limit - k), chars, map);
        ReadOnlySpan<char> t = chars[..n];
        var unitRead = MatchUnit(s, pos, k, limit, t, map, n);
        if (unitRead.Unit == null && t.Length >= 4 && t.Length < 40)
        {
            // OCR's letter confusions in the unit word ("Prozerit" for "Prozent"), tried where nothing else matched.
            foreach (var (read, meant) in Phrases.LetterConfusions)
            {
                var word = s[k..limit];
                int at = word.IndexOf(read, StringComparison.Ordinal);
                if (at < 0) continue;
                var repaired = word[..at] + meant + word[(at + read.Length)..];
                var r = ReadUnit(repaired, 0);
                if (r.Unit != null && r.End > at + meant.Length)
                    return (r.Unit, k + r.End + (read.Length - meant.Length));
            }
        }
        return unitRead;
    }

    private static (string? Unit, int End) MatchUnit(string s, int pos, int k, int limit, ReadOnlySpan<char> t, ReadOnlySpan<int> map, int n)
    {
        foreach (var (f, e, unit) in Units)
        {
            if (t.Length > 0 && Fuzzy.StartsWith(t, f, e, out int len) && len > 0)
            {
                int end = (len - 1 >= n ? limit - k : map[len - 1]) + k + 1;
                // Inflected forms ("Prozents", "Prozentpunkten"), but not a glued next word ("Prozentüber").
                int extra = 0;
                while (end + extra < s.Length && char.IsLetter(s[end + extra])) extra++;
                if (extra <= 2) end += extra;
                if (end < s.Length && s[end] == '.' && unit == "%" && f == "vh") end++;
                return (unit, end);
            }
        }
        return (null, pos);
    }

    private static readonly (string Folded, int Errors, string Unit)[] Units =
    [
        (GermanText.Fold("Prozentpunkte"), 2, "pp"),
        (GermanText.Fold("Prozentpkt"), 1, "pp"),
        (GermanText.Fold("Punkte"), 1, "pp"),
        ("pp", 0, "pp"),
        (GermanText.Fold("Prozent"), 1, "%"),
        (GermanText.Fold("vom Hundert"), 2, "%"),
        ("vh", 0, "%"),
    ];

    private static List<Restatement> ReadRestatements(string s, List<ScannedNumber> numbers, List<(int, int)> claimed)
    {
        var result = new List<Restatement>();
        for (int e = s.IndexOf('='); e >= 0; e = s.IndexOf('=', e + 1))
        {
            int p = e + 1;
            while (p < s.Length && s[p] == ' ') p++;
            int sign = 1;
            if (p < s.Length && s[p] is '-' or '–' or '—' or '−') { sign = -1; p++; }
            else if (p < s.Length && s[p] == '+') p++;
            else if (WordAt(s, p, out int wEnd) is { } w && (w == Minus || w == Plus))
            {
                sign = w == Minus ? -1 : 1;
                p = wEnd;
            }
            while (p < s.Length && s[p] == ' ') p++;
            var num = numbers.FirstOrDefault(n => n.Start == p && !n.IsCode);
            if (num.Raw != null)
            {
                var (unit, end) = ReadUnit(s, num.End);
                claimed.Add((e, Math.Max(end, num.End)));
                result.Add(num.Value is { } v
                    ? new Restatement(sign * v == 0 ? 0.0 : sign * v, unit, null)
                    : new Restatement(0, unit, $"the restated number '{num.Raw}' cannot be read"));
            }
            else
            {
                var (unit, end) = ReadUnit(s, p);
                if (unit == null) continue;
                claimed.Add((e, end));
                result.Add(new Restatement(0, unit, "the restatement has no readable number"));
            }
        }
        return result;
    }

    private static readonly string Minus = Phrases.Fold("minus");
    private static readonly string Plus = Phrases.Fold("plus");

    private static string? WordAt(string s, int p, out int end)
    {
        end = p;
        while (end < s.Length && char.IsLetter(s[end])) end++;
        return end > p ? GermanText.Fold(s[p..end]) : null;
    }

    private static bool InClaimed(List<(int Start, int End)> claimed, int pos)
    {
        foreach (var (start, end) in claimed)
            if (pos >= start && pos < end) return true;
        return false;
    }

    private static List<Phrase> ReadPhrases(string s, List<ScannedNumber> numbers, List<(int, int)> claimed)
    {
        var result = new List<Phrase>();
        int boundary = 0;
        foreach (var num in numbers)
        {
            if (num.IsCode || InClaimed(claimed, num.Start)) { boundary = num.End; continue; }
            var (unit, unitEnd) = ReadUnit(s, num.End);
            int from = Math.Max(boundary, num.Start - 45);
            for (int q = num.Start - 1; q >= from; q--)
            {
                if (s[q] is '=' or '(' or ')') { from = q + 1; break; }
            }
            var window = s[from..num.Start].TrimEnd();
            int sign = 0;
            if (window.Length > 0 && window[^1] is '-' or '–' or '—' or '−') { sign = -1; window = window[..^1]; }
            else if (window.Length > 0 && window[^1] == '+') { sign = 1; window = window[..^1]; }
            var folded = GermanText.Fold(window);
            if (sign == 0 && folded.EndsWith(Minus, StringComparison.Ordinal)) { sign = -1; folded = folded[..^Minus.Length]; }
            var intro = ReadIntro(folded);
            boundary = num.End;
            if (unit == null && intro == null) continue;
            int end = Math.Max(unitEnd, num.End);
            claimed.Add((num.Start, end));
            boundary = end;
            var q2 = intro?.Q ?? Qualifier.None;
            if (num.Value is not { } value)
                result.Add(new Phrase(num.Start, end, 0, unit, q2, sign, $"the number '{num.Raw.Trim()}' cannot be read"));
            else if (unit == null)
                result.Add(new Phrase(num.Start, end, value, unit, q2, sign, $"the threshold '{num.Raw.Trim()}' has no unit (Prozent, %, Prozentpunkte)"));
            else
                result.Add(new Phrase(num.Start, end, value, unit, q2, sign, null));
        }
        return result;
    }

    /// <summary>A unit ("Prozent", "%") after a qualifier with no number between: "um mindestens Prozent".</summary>
    private static string? FindUnitWithoutNumber(string s, List<(int Start, int End)> claimed)
    {
        for (int i = 0; i < s.Length; i++)
        {
            if (InClaimed(claimed, i)) continue;
            bool startOfWord = char.IsLetter(s[i]) && (i == 0 || !char.IsLetter(s[i - 1]))
                && GermanText.FoldChar(s[i]) is 'p' or 'v';
            if (!(s[i] == '%' || startOfWord)) continue;
            var (unit, _) = ReadUnit(s, i);
            if (unit == null) continue;
            int from = Math.Max(0, i - 40);
            var window = GermanText.Fold(s[from..i]);
            if (ReadIntro(window) is { } intro && (intro.Q != Qualifier.None || intro.Um))
                return "the threshold has no readable number";
        }
        return null;
    }
}
