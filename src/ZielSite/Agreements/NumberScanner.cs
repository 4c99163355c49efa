using System.Globalization;

namespace ZielSite.Agreements;

/// <summary>
/// Finds the numbers of a sentence, tolerant to OCR spacing ("12, 6"), and marks those that cannot be read
/// ("1?,6", "l2,6", "1O,5": digits mixed with symbols or with letters that OCR confuses with digits).
/// </summary>
internal static class NumberScanner
{
    /// <summary>A number at <see cref="Start"/>..<see cref="End"/>; <see cref="Value"/> is null where it cannot be read; <see cref="IsCode"/> where it belongs to a Kennzahl code ("K 3", "K2E4").</summary>
    public readonly record struct ScannedNumber(int Start, int End, double? Value, bool IsCode, string Raw);

    private static bool Symbol(char c) => c is '?' or '^' or '*' or '#' or '~' or '¿' or '�';

    private static bool Confusable(char c) => c is 'l' or 'I' or 'O' or 'o' or 'S' or 'B' or '|';

    public static List<ScannedNumber> Scan(string s)
    {
        var result = new List<ScannedNumber>();
        int n = s.Length;
        int i = 0;
        while (i < n)
        {
            if (!char.IsAsciiDigit(s[i])) { i++; continue; }
            int j = i;
            while (j > 0)
            {
                char c = s[j - 1];
                if (Symbol(c)) j--;
                else if (c is '.' or ',' && j >= 2 && Symbol(s[j - 2])) j--;
                else break;
            }
            int r = j;
            while (r > 0 && Confusable(s[r - 1])) r--;
            if (r < j && (r == 0 || !char.IsLetter(s[r - 1]))) j = r;

            int k = i;
            int intDigits = 0;
            bool sawSeparator = false;
            while (k < n)
            {
                char c = s[k];
                if (char.IsAsciiDigit(c)) { k++; if (!sawSeparator) intDigits++; continue; }
                if (Symbol(c)) { k++; continue; }
                if (c is '.' or ',' || (c == ' ' && k + 1 < n && s[k + 1] is '.' or ',' && !sawSeparator))
                {
                    int m = c == ' ' ? k + 2 : k + 1;
                    bool spaced = c == ' ';
                    if (m < n && s[m] == ' ') { m++; spaced = true; }
                    if (m < n && (char.IsAsciiDigit(s[m]) || Symbol(s[m])))
                    {
                        if (spaced && (intDigits > 3 || sawSeparator || !ShortFraction(s, m))) break;
                        sawSeparator = true;
                        k = m;
                        continue;
                    }
                    break;
                }
                if (Confusable(c) && k + 1 < n && (char.IsAsciiDigit(s[k + 1]) || s[k + 1] is '.' or ',')) { k++; continue; }
                break;
            }
            var raw = s[j..k];
            result.Add(new ScannedNumber(j, k, Parse(raw), IsCodeNumber(s, j), raw));
            i = k;
        }
        return result;
    }

    private static bool ShortFraction(string s, int m)
    {
        int d = 0;
        while (m + d < s.Length && char.IsAsciiDigit(s[m + d])) d++;
        return d is >= 1 and <= 2;
    }

    private static double? Parse(string raw)
    {
        var t = raw.Replace(" ", "", StringComparison.Ordinal);
        int sep = -1;
        for (int i = 0; i < t.Length; i++)
        {
            char c = t[i];
            if (char.IsAsciiDigit(c)) continue;
            if (c is '.' or ',' && sep < 0 && i > 0 && i < t.Length - 1) { sep = i; continue; }
            return null;
        }
        var norm = sep < 0 ? t : t[..sep] + "." + t[(sep + 1)..];
        return double.Parse(norm, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
    }

    private static bool IsCodeNumber(string s, int start)
    {
        int p = start - 1;
        if (p >= 0 && s[p] == ' ') p--;
        if (p < 0) return false;
        char c = s[p];
        if (c is not ('K' or 'E' or 'e')) return false;
        return p == 0 || !char.IsLetter(s[p - 1]) || (c is 'E' or 'e' && p >= 1 && char.IsAsciiDigit(s[p - 1]));
    }
}
