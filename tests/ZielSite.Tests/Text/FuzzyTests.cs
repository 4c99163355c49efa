using ZielSite.Text;

namespace ZielSite.Tests.Text;

public class FuzzyTests
{
    [Theory]
    [InlineData("Verringerung der Hilfebedürftigkeit", "Verrinaeruna der Hilfebedürftiakeit")] // g→a folded to one class
    [InlineData("Leistungsbezug", "Leistunqsbezug")] // q→g
    [InlineData("Zielvereinbarung", "Ziel vereinbarung")] // split word
    [InlineData("der Zielvereinbarung", "derZielvereinbarung")] // glued words
    [InlineData("Männern", "Mannern")]
    [InlineData("Leistungen", "Leistüngen")] // OCR ü for u
    [InlineData("über", "iiber")] // ü read as ii
    [InlineData("Integrationen", "lntegrati0nen")] // l for I, 0 for o
    [InlineData("ermöglichen", "errnöglichen")] // rn for m
    [InlineData("Straße", "Strasse")]
    public void Fold_makes_ocr_variants_equal(string clean, string noisy) =>
        Assert.Equal(GermanText.Fold(clean), GermanText.Fold(noisy));

    [Fact]
    public void Fold_drops_everything_but_letters_and_maps_digraphs_only_inside_words()
    {
        Assert.Equal("kreisborken", GermanText.Fold("Kreis Borken."));
        Assert.Equal("kreisborkeni", GermanText.Fold("Kreis Borken!")); // "!" is read like l/i
        // "Vorjahr nicht": the r and n of two words stay apart (no "m").
        Assert.Equal("vorjahrnicht", GermanText.Fold("Vorjahr nicht"));
        Assert.Equal("ab", GermanText.Fold("a 2 b")); // digits other than 0 and 1 are dropped
    }

    [Fact]
    public void Fold_with_map_points_back_to_the_source()
    {
        var f = GermanText.Fold("  Das Ziel", 0, 10);
        Assert.Equal("dasziei", f.Text);
        Assert.Equal(2, f.SourceIndex(0)); // 'D'
        Assert.Equal(6, f.SourceIndex(3)); // 'Z'
    }

    [Theory]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("abc", "abc", 0)]
    [InlineData("", "abc", 3)]
    public void Distance_is_levenshtein(string a, string b, int expected) =>
        Assert.Equal(expected, Fuzzy.Distance(a, b, 5));

    [Fact]
    public void Distance_stops_beyond_the_bound() => Assert.Equal(2, Fuzzy.Distance("kitten", "sitting", 1));

    [Fact]
    public void FindEnd_finds_approximate_matches()
    {
        // "erreichtwenn" with two substitutions ("erreicbtweun") is found; its end is after the match.
        var text = "daszieiisterreicbtweundie";
        int end = Fuzzy.FindEnd(text, "erreichtwenn", 2);
        Assert.Equal(text.IndexOf("die", StringComparison.Ordinal), end);
        Assert.Equal(-1, Fuzzy.FindEnd(text, "erreichtwenn", 1));
        Assert.True(Fuzzy.Contains("abcdef", "cde", 0));
        Assert.False(Fuzzy.Contains("abcdef", "xyz", 1));
    }

    [Fact]
    public void StartsWith_and_EndsWith_report_the_matched_length()
    {
        Assert.True(Fuzzy.StartsWith("prozcntgegenuber", "prozent", 1, out int len));
        Assert.Equal(7, len);
        Assert.False(Fuzzy.StartsWith("punktgegen", "prozent", 1, out _));
        Assert.True(Fuzzy.EndsWith("wennsichumrnindestens", "mindestens", 1, out len));
        Assert.Equal(10, len); // "nindestens": one substitution beats "rnindestens" (two edits)
    }

    [Theory]
    [InlineData("zwei", 2)]
    [InlineData("zwel", 2)] // OCR l for i
    [InlineData("drei", 3)]
    [InlineData("einen", 1)]
    [InlineData("zwölf", 12)]
    [InlineData("4", 4)]
    [InlineData("Steuerungsdialoge", null)]
    [InlineData("2023", null)]
    public void ParseCardinal_reads_number_words_and_digits(string word, int? expected) =>
        Assert.Equal(expected, GermanText.ParseCardinal(word));
}
