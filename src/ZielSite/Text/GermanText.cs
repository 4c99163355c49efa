using System.Text;

namespace ZielSite.Text;

/// <summary>
/// Normalisation of German OCR text for approximate comparison. Folding lower-cases, turns ä/ö/ü/ß into
/// a/o/u/ss, puts letters that OCR confuses into one class (g/q→a, l/1/|/!→i, 0→o; inside a word "rn"→m,
/// "ii"→u, "vv"→w) and drops everything else (spaces, digits, punctuation), so that glued and split words compare equal.
/// Both sides of a comparison must be folded.
/// </summary>
internal static class GermanText
{
    /// <summary>Folds the whole of <paramref name="s"/>.</summary>
    public static string Fold(string s) => Fold(s.AsSpan());

    /// <summary>Folds the whole of <paramref name="s"/>.</summary>
    public static string Fold(ReadOnlySpan<char> s)
    {
        if (s.Length == 0) return "";
        Span<char> chars = s.Length <= 512 ? stackalloc char[s.Length * 2] : new char[s.Length * 2];
        int n = FoldInto(s, chars, default);
        return new string(chars[..n]);
    }

    /// <summary>Folds <paramref name="s"/>[start..end) and keeps the map back to source indexes.</summary>
    public static FoldedText Fold(string s, int start, int end)
    {
        var chars = new char[(end - start) * 2 + 8];
        var map = new int[chars.Length];
        int n = FoldInto(s.AsSpan(start, end - start), chars, map);
        if (start != 0)
            for (int i = 0; i < n; i++) map[i] += start;
        // The map keeps its spare capacity: FoldedText reads only the first Length entries.
        return new FoldedText(new string(chars, 0, n), map, end);
    }

    /// <summary>
    /// Folds <paramref name="s"/> into <paramref name="chars"/> (room for 2 × its length) without allocating and
    /// returns the number of folded characters; where <paramref name="map"/> is not empty (same room), it gets the
    /// index in <paramref name="s"/> of every folded character. Same result as <see cref="Fold(string)"/>.
    /// </summary>
    public static int FoldInto(ReadOnlySpan<char> s, Span<char> chars, Span<int> map)
    {
        bool mapped = !map.IsEmpty;
        var table = Table;
        int n = 0;
        for (int i = 0; i < s.Length; i++)
        {
            char raw = s[i];
            char c = raw < 256 ? table[raw] : '\0';
            if (c == '\0') continue;
            if (raw == 'ß')
            {
                chars[n] = 's'; if (mapped) map[n] = i; n++;
                chars[n] = 's'; if (mapped) map[n] = i; n++;
                continue;
            }
            // Digraphs OCR produces for one letter inside a word: "rn" for m, "ii" for ü, "vv" for w.
            if (n > 0)
            {
                char p = chars[n - 1];
                if (((p == 'r' && c == 'n') || (p == 'i' && c == 'i') || (p == 'v' && c == 'v'))
                    && i > 0 && char.IsLetter(s[i - 1]) && char.IsLetter(raw))
                {
                    chars[n - 1] = p == 'r' ? 'm' : p == 'i' ? 'u' : 'w';
                    continue;
                }
            }
            chars[n] = c;
            if (mapped) map[n] = i;
            n++;
        }
        return n;
    }

    /// <summary>The folded class of every Latin-1 character (all others are dropped).</summary>
    private static readonly char[] Table = BuildTable();

    private static char[] BuildTable()
    {
        var t = new char[256];
        for (int c = 0; c < t.Length; c++) t[c] = FoldChar((char)c);
        return t;
    }

    /// <summary>The folded class of one character, or '\0' where the character is dropped.</summary>
    internal static char FoldChar(char c)
    {
        switch (c)
        {
            case 'ä' or 'Ä' or 'á' or 'à' or 'â': return 'a';
            case 'ö' or 'Ö' or 'ó' or 'ò' or 'ô' or '0' or 'O' or 'o': return 'o';
            case 'ü' or 'Ü' or 'ú' or 'ù' or 'û': return 'u';
            case 'ß': return 's';
            case 'é' or 'è' or 'ê' or 'É': return 'e';
            case 'l' or 'L' or 'I' or 'i' or '1' or '|' or '!' or 'í' or 'ì' or 'ï': return 'i';
            case 'g' or 'G' or 'q' or 'Q' or 'a' or 'A': return 'a';
        }
        if (c is >= 'a' and <= 'z') return c;
        if (c is >= 'A' and <= 'Z') return (char)(c + 32);
        return '\0';
    }

    /// <summary>Collapses every run of white space to one space and trims the ends.</summary>
    public static string FoldWhitespace(string s)
    {
        if (IsWhitespaceFolded(s)) return s;
        var sb = new StringBuilder(s.Length);
        bool space = false;
        foreach (char c in s)
        {
            if (char.IsWhiteSpace(c)) { space = sb.Length > 0; continue; }
            if (space) { sb.Append(' '); space = false; }
            sb.Append(c);
        }
        return sb.ToString();
    }

    private static bool IsWhitespaceFolded(string s)
    {
        if (s.Length == 0) return true;
        if (char.IsWhiteSpace(s[0]) || char.IsWhiteSpace(s[^1])) return false;
        for (int i = 1; i < s.Length; i++)
        {
            char c = s[i];
            if (c == ' ') { if (s[i - 1] == ' ') return false; }
            else if (char.IsWhiteSpace(c)) return false;
        }
        return true;
    }

    private static readonly string[] NumberWords =
        [.. new[] { "null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwölf" }.Select(Fold)];

    /// <summary>
    /// Reads a cardinal number written as digits or as a German number word ("ein", "einen", "zwei" … "zwölf"),
    /// tolerant to OCR letter confusions. Null where the word is no number.
    /// </summary>
    public static int? ParseCardinal(string word)
    {
        var w = word.Trim().TrimEnd('.', ',', ';', ':');
        if (w.Length is > 0 and <= 3 && w.All(char.IsAsciiDigit)) return int.Parse(w, System.Globalization.CultureInfo.InvariantCulture);
        var f = Fold(w);
        if (f is "ein" or "eine" or "einen" or "einem" or "einer") return 1;
        for (int i = 0; i < NumberWords.Length; i++)
        {
            if (f == NumberWords[i]) return i;
        }
        return null;
    }
}
