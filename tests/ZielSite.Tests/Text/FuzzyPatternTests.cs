using ZielSite.Text;

namespace ZielSite.Tests.Text;

public class FuzzyPatternTests
{
    [Theory]
    [InlineData("daszielisterreichtwenn", "erreichtwenn", 2, 22)] // exact: ends at the end of the text
    [InlineData("daszieiisterreichtvvenn", "erreichtwenn", 2, 23)] // "vv" is not folded here: two edits (v→w, extra v)
    [InlineData("daszielisterreicht", "erreichtwenn", 2, -1)] // "wenn" missing: four edits
    [InlineData("abc", "erreichtwenn", 2, -1)] // text shorter than pattern minus errors: no match
    [InlineData("kreisborken", "borken", 0, 11)]
    public void Prepared_pattern_finds_the_same_end_as_the_string_pattern(string text, string pattern, int errors, int expected)
    {
        Assert.Equal(expected, Fuzzy.FindEnd(text, pattern, errors));
        Assert.Equal(expected, Fuzzy.FindEnd(text, new FuzzyPattern(pattern), errors));
    }

    [Fact]
    public void Prepared_pattern_agrees_with_string_pattern_on_random_texts()
    {
        var rng = new Random(7);
        var patterns = new[] { "erreichtwenn", "integrationsquote", "ziei", "a", "kreisborken" };
        for (int i = 0; i < 2000; i++)
        {
            var text = new string([.. Enumerable.Range(0, rng.Next(0, 40)).Select(_ => "aeiknorstwz"[rng.Next(11)])]);
            var p = patterns[i % patterns.Length];
            int errors = rng.Next(0, 4);
            int start = text.Length == 0 ? 0 : rng.Next(0, text.Length);
            Assert.Equal(Fuzzy.FindEnd(text, p, errors, start), Fuzzy.FindEnd(text, new FuzzyPattern(p), errors, start));
        }
    }

    [Fact]
    public void Contains_agrees_with_brute_force_edit_distance_over_all_substrings()
    {
        // The exact-piece filter in front of the Myers scan must never reject a real match.
        var rng = new Random(11);
        var patterns = new[] { "erreichtwenn", "integrationsquote", "zielist", "prozentpunkte" };
        for (int i = 0; i < 400; i++)
        {
            var p = patterns[i % patterns.Length];
            // A text built from pieces of the pattern with random edits, so near-matches are common.
            var chars = new List<char>();
            for (int k = 0; k < 3; k++)
            {
                int a = rng.Next(p.Length), b = rng.Next(a, p.Length + 1);
                chars.AddRange(p[a..b]);
                for (int e = rng.Next(3); e > 0 && chars.Count > 0; e--) chars[rng.Next(chars.Count)] = "aeinrstz"[rng.Next(8)];
            }
            if (rng.Next(3) == 0) chars.AddRange(p);
            var text = new string([.. chars]);
            int errors = rng.Next(0, 4);
            bool brute = false;
            for (int a = 0; a <= text.Length && !brute; a++)
                for (int b = a; b <= text.Length && !brute; b++)
                    brute = Fuzzy.Distance(text.AsSpan(a, b - a), p, errors) <= errors;
            Assert.True(brute == Fuzzy.Contains(text, p, errors), $"'{p}' in '{text}' with {errors}");
            Assert.True(brute == Fuzzy.Contains(text, new FuzzyPattern(p), errors), $"'{p}' in '{text}' with {errors} (prepared)");
        }
    }
}
