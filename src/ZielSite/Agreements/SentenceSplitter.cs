using ZielSite.Text;

namespace ZielSite.Agreements;

/// <summary>Splits reflowed blocks into sentences at ".", "!" or "?" followed by a capital, a quote or the end.</summary>
internal static class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(
        [
            "abs", "nr", "s", "bzw", "z", "b", "v", "h", "dr", "ca", "vgl", "ggf", "usw", "d", "u", "a", "i", "e",
            "st", "str", "tsd", "mio", "mrd", "prof", "gem", "lfd", "ff", "f", "vs", "inkl", "zzgl", "evtl", "max",
            "min", "art", "kap", "ziff", "hr", "fr", "sog", "bspw", "o", "j", "m", "w", "pkt",
        ], StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AbbreviationLookup =
        Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly System.Buffers.SearchValues<char> AsciiDigits = System.Buffers.SearchValues.Create("0123456789");

    public static List<Sentence> Split(IReadOnlyList<FlowBlock> blocks)
    {
        var result = new List<Sentence>();
        for (int b = 0; b < blocks.Count; b++)
        {
            var text = blocks[b].Text;
            int start = SkipSpace(text, 0);
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (c is not ('.' or '!' or '?')) continue;
                // "5,? Prozent": a mark OCR put inside a number ends no sentence.
                if (c != '.' && i > 0 && (char.IsAsciiDigit(text[i - 1]) || text[i - 1] is ',' or '.')) continue;
                int next = i + 1;
                while (next < text.Length && text[next] is ')' or '"' or '“' or '”' or '.') next++;
                if (next < text.Length && !char.IsWhiteSpace(text[next])) continue;
                int after = SkipSpace(text, next);
                if (after < text.Length && !(char.IsUpper(text[after]) || text[after] is '„' or '"' || BlockBuilder.IsBulletMark(text[after])))
                    continue;
                if (c == '.' && IsAbbreviationOrOrdinal(text, i)) continue;
                Add(result, blocks[b], b, start, next);
                start = after;
                i = after - 1;
            }
            if (start < text.Length) Add(result, blocks[b], b, start, text.Length);
        }
        return result;
    }

    private static void Add(List<Sentence> result, FlowBlock block, int b, int start, int end)
    {
        while (end > start && char.IsWhiteSpace(block.Text[end - 1])) end--;
        if (end <= start) return;
        result.Add(new Sentence(b, start, end, GermanText.FoldWhitespace(block.Text[start..end]), block.LineAt(end - 1)));
    }

    private static int SkipSpace(string s, int i)
    {
        while (i < s.Length && char.IsWhiteSpace(s[i])) i++;
        return i;
    }

    private static bool IsAbbreviationOrOrdinal(string text, int dot)
    {
        int k = dot;
        while (k > 0 && char.IsLetterOrDigit(text[k - 1])) k--;
        var word = text.AsSpan(k, dot - k);
        if (word.Length == 0) return false;
        if (!word.ContainsAnyExcept(AsciiDigits)) return word.Length <= 2;
        return AbbreviationLookup.Contains(word);
    }
}
