using ZielSite.Text;

namespace ZielSite.Tests.Text;

/// <summary>The allocation-free entry points give the results of the string ones they replace in the parser.</summary>
public class FuzzySpanTests
{
    [Theory]
    [InlineData("kreisborken", "kreisborken", 2, 0)] // exact
    [InlineData("deskreisborkenais", "kreisborken", 2, 0)] // inside a longer text
    [InlineData("deskreisesborkenais", "kreisborken", 2, 2)] // "Kreises Borken": two letters inserted
    [InlineData("kreisbarken", "kreisborken", 2, 1)] // one substitution
    [InlineData("kreisbrken", "kreisborken", 2, 1)] // one deletion
    [InlineData("kreisbxrkxn", "kreisborken", 2, 2)] // two substitutions
    [InlineData("kreisbxrkxn", "kreisborken", 1, -1)] // two needed, one allowed
    [InlineData("stadtessen", "kreisborken", 2, -1)] // another region
    [InlineData("", "kreisborken", 2, -1)]
    public void FewestErrors_is_the_smallest_error_count_Contains_accepts(string text, string pattern, int max, int expected)
    {
        var p = new FuzzyPattern(pattern);
        Assert.Equal(expected, Fuzzy.FewestErrors(text, p, max));
        Assert.Equal(expected, Fuzzy.FewestErrors(text, Fuzzy.LetterSet(text), p, max));
        // The definition it replaces: try 0, 1, … errors until Contains holds.
        int byLoop = -1;
        for (int e = 0; e <= max; e++)
            if (Fuzzy.Contains(text, p, e)) { byLoop = e; break; }
        Assert.Equal(byLoop, expected);
    }

    [Fact]
    public void LetterSet_has_one_bit_per_letter_and_one_for_the_rest()
    {
        Assert.Equal(0b111UL, Fuzzy.LetterSet("abcabc")); // a, b, c → bits 0, 1, 2
        Assert.Equal((1UL << 25) | (1UL << 26), Fuzzy.LetterSet("z-")); // z → bit 25, anything else → bit 26
    }

    [Theory]
    [InlineData("  Das Ziel ist erreicht, wenn")]
    [InlineData("Straße, Leistungsbezieher innen, ermöglichen")]
    [InlineData("lntegrati0nen und Männern; vv ii rn")]
    public void FoldInto_equals_Fold_with_map(string s)
    {
        var folded = GermanText.Fold(s, 0, s.Length);
        var chars = new char[s.Length * 2];
        var map = new int[s.Length * 2];
        int n = GermanText.FoldInto(s, chars, map);
        Assert.Equal(folded.Text, new string(chars, 0, n));
        Assert.Equal(GermanText.Fold(s), new string(chars, 0, n));
        for (int i = 0; i < n; i++) Assert.Equal(folded.SourceIndex(i), map[i]);
    }

    [Fact]
    public void FindEnd_that_gives_up_early_returns_what_the_full_search_returns_or_minus_one()
    {
        var p = new FuzzyPattern(GermanText.Fold("Das Ziel"));
        var near = GermanText.Fold("Das Ziel ist erreicht");
        var far = GermanText.Fold("Zur Integrationsquote: Das Ziel ist erreicht");
        Assert.Equal(Fuzzy.FindEnd(near, p, 1), Fuzzy.FindEnd(near.AsSpan(), p, 1, giveUpAfter: 12));
        Assert.True(Fuzzy.FindEnd(far, p, 1) > 12); // the match ends late …
        Assert.Equal(-1, Fuzzy.FindEnd(far.AsSpan(), p, 1, giveUpAfter: 12)); // … so the bounded search stops early
    }
}
