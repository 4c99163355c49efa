namespace ZielSite.Text;

/// <summary>
/// A folded search pattern prepared once for <see cref="Fuzzy.FindEnd(string, FuzzyPattern, int, int)"/>: the
/// per-character match masks of Myers' algorithm are computed here instead of on every search. Immutable.
/// </summary>
internal sealed class FuzzyPattern
{
    /// <summary>Prepares <paramref name="folded"/> (already folded with <see cref="GermanText.Fold(string)"/>).</summary>
    public FuzzyPattern(string folded)
    {
        Text = folded;
        Masks = new ulong[128];
        for (int i = 0; i < folded.Length && i < 64; i++)
        {
            char c = folded[i];
            if (c < 128) Masks[c] |= 1UL << i;
        }
        LetterSet = Fuzzy.LetterSet(folded);
    }

    /// <summary>The letters of the pattern as a set (see <see cref="Fuzzy.LetterSet"/>).</summary>
    public ulong LetterSet { get; }

    /// <summary>The folded pattern.</summary>
    public string Text { get; }

    /// <summary>For each ASCII character, the bit set of pattern positions holding it (first 64 positions).</summary>
    internal ulong[] Masks { get; }

    public int Length => Text.Length;

    /// <summary>Folds <paramref name="german"/> and prepares it.</summary>
    public static FuzzyPattern Of(string german) => new(GermanText.Fold(german));
}
