using System.Text.RegularExpressions;
using ZielSite.Agreements;
using ZielSite.Sample;

namespace ZielSite.Tests.Sample;

public sealed partial class SampleAgreementTests
{
    private static readonly IReadOnlyList<GeneratedAgreement> Default = SampleGenerator.Agreements(new SampleOptions());

    private static GeneratedAgreement Find(string slug, int year) =>
        Default.Single(a => a.Path == $"content/agreements/{year}/{slug}.txt");

    [Fact]
    public void One_agreement_per_region_and_year_after_the_first()
    {
        // 18 regions × 2021–2025.
        Assert.Equal(18 * 5, Default.Count);
        Assert.Equal(Default.Count, Default.Select(a => a.Path).Distinct().Count());
        Assert.Equal([2021, 2022, 2023, 2024, 2025], Default.Select(a => a.Year).Distinct().Order());
    }

    [Fact]
    public void Every_text_starts_with_the_notice_as_its_own_paragraph_and_is_clean()
    {
        foreach (var a in Default)
        {
            Assert.StartsWith("Dies ist ein generierter Beispieltext (Musterdaten), keine echte Zielvereinbarung.\n\nVereinbarung\n", a.Text);
            // About the size of the scanned original (8,839 bytes).
            Assert.InRange(System.Text.Encoding.UTF8.GetByteCount(a.Text), 8_000, 9_500);
            // No OCR noise and no unfilled placeholder.
            Assert.DoesNotMatch(@"[»^'*{}]|SGB 11|Leistunqsbezug|fürArbeit", a.Text);
            Assert.DoesNotContain("\r", a.Text);
            Assert.Contains($"im Jahr {a.Year}\n", a.Text);
            Assert.Contains($"\n{a.RegionName}\n", a.Text);
            Assert.All(a.Text.Split('\n'), l => Assert.True(l.Length <= 84, l));
        }
    }

    [Fact]
    public void Each_target_sentence_ends_on_its_line()
    {
        foreach (var a in Default)
        {
            var lines = a.Text.Split('\n');
            Assert.Equal(["integrationen", "k2", "k2_gap", "k3", "integrationen_lzb"], a.Targets.Select(t => t.Key));
            foreach (var t in a.Targets)
            {
                // The sentence's words, folded, end exactly at the end of line t.Line (1-based).
                var upTo = string.Join(' ', lines.Take(t.Line).Reverse().TakeWhile(l => l.Length > 0).Reverse());
                Assert.EndsWith(t.Sentence, upTo);
                Assert.StartsWith("Das Ziel ist ", t.Sentence);
                Assert.Equal(TargetKeys.Unit(t.Key), t.Unit);
            }
            Assert.True(a.Targets.Select(t => t.Line).SequenceEqual(a.Targets.Select(t => t.Line).Order()));
        }
    }

    [Fact]
    public void Target_values_are_plausible_and_match_their_sentence()
    {
        foreach (var t in Default.SelectMany(a => a.Targets))
        {
            var number = NumberPattern().Match(t.Sentence);
            var stated = number.Success ? double.Parse(number.Groups[1].Value.Replace(',', '.'), System.Globalization.CultureInfo.InvariantCulture) : 0.0;
            Assert.Equal(Math.Abs(t.Value), stated);
            Assert.Equal(Math.Round(t.Value, 1), t.Value);
            var range = t.Key switch
            {
                "integrationen" => (2.0, 13.0),
                "k2" => (-3.0, 3.0),
                "k2_gap" => (-1.0, 0.0),
                "k3" => (-6.0, 4.0),
                _ => (2.0, 8.0),
            };
            Assert.InRange(t.Value, range.Item1, range.Item2);
            // The operator follows the direction: more is better → floor, else ceiling.
            Assert.Equal(TargetKeys.MoreIsBetter(t.Key) ? ">=" : "<=", t.Operator);
            if (t.Sentence.Contains("gleich") || t.Sentence.Contains("nicht steigt")) Assert.Equal(0.0, t.Value);
            if (t.Sentence.Contains("nicht mehr als") && t.Sentence.Contains("sinkt")) Assert.True(t.Value < 0);
            if (t.Sentence.Contains("nicht mehr als") && t.Sentence.Contains("steigt")) Assert.True(t.Value > 0);
        }
    }

    [Fact]
    public void Phrasings_vary_across_regions_and_years()
    {
        var sentences = Default.SelectMany(a => a.Targets).Select(t => Regex.Replace(t.Sentence, @"[0-9]+(,[0-9])?", "N")).Distinct().Count();
        Assert.True(sentences >= 15, $"only {sentences} distinct phrasings");
        var values = Default.SelectMany(a => a.Targets).Where(t => t.Key == "integrationen").Select(t => t.Value).Distinct().Count();
        Assert.True(values >= 30, $"only {values} distinct integration targets");
    }

    [Fact]
    public void Borken_2023_has_the_targets_of_the_real_agreement()
    {
        // The real agreement (content/agreements/2023/kreis-borken.txt): 12.6 %, K2 = 0, gap unchanged, K3 −5.2 %, LZB integrations 6.6 %.
        var borken = Find("kreis-borken", 2023);
        Assert.Equal(
            [("integrationen", ">=", 12.6), ("k2", ">=", 0.0), ("k2_gap", "<=", 0.0), ("k3", "<=", -5.2), ("integrationen_lzb", ">=", 6.6)],
            borken.Targets.Select(t => (t.Key, t.Operator, t.Value)));
        Assert.Contains("vertreten durch Landrat Dr. Kai Zwicker", borken.Text);
        Assert.Contains("Herrn Staatssekretär Matthias Heidmeier", borken.Text);
    }

    [Fact]
    public void Grammar_follows_the_kind_of_region()
    {
        var borken = Find("kreis-borken", 2024).Text;
        Assert.Contains("zwischen dem\n", borken);
        Assert.Contains("\nund dem\n\nKreis Borken\n", borken);
        Assert.Contains("und der Kreis Borken als zugelassener kommunaler Träger", borken);
        Assert.Contains("Jobcenters des Kreises Borken“", borken);
        Assert.Contains("\nFür den Kreis Borken\n", borken);
        Assert.Contains("Borken, den", borken);

        var essen = Find("stadt-essen", 2024).Text;
        Assert.Contains("\nund der\n\nStadt Essen\n", essen);
        Assert.Contains("und die Stadt Essen als zugelassener kommunaler Träger", essen);
        Assert.Contains("Jobcenters der Stadt Essen“", essen);
        Assert.Contains("\nFür die Stadt Essen\n", essen);
        Assert.Matches("vertreten durch Oberbürgermeister(in)? ", essen);

        var en = Find("ennepe-ruhr-kreis", 2024).Text;
        Assert.Contains("\nund dem\n\nEnnepe-Ruhr-Kreis\n", en);
        Assert.Contains("und der Ennepe-Ruhr-Kreis als", en);
        Assert.Contains("Jobcenters des Ennepe-Ruhr-Kreises“", en);
        Assert.Contains("\nFür den Ennepe-Ruhr-Kreis\n", en);
        Assert.Contains("Schwelm, den", en);

        Assert.Contains("des Hochsauerlandkreises“", Find("hochsauerlandkreis", 2024).Text);
        Assert.Matches("vertreten durch Landr(at|ätin) ", Find("kreis-lippe", 2022).Text);
    }

    [Fact]
    public void The_state_secretary_follows_the_year()
    {
        Assert.Contains("vertreten durch Herrn Staatssekretär Dr. Edmund Heller", Find("kreis-kleve", 2022).Text);
        Assert.Contains("vertreten durch Herrn Staatssekretär Matthias Heidmeier", Find("kreis-kleve", 2023).Text);
        Assert.Contains("Unterjährige Entwicklungen im Pandemiegeschehen", Find("kreis-kleve", 2022).Text.Replace('\n', ' '));
        Assert.Contains("Unterjährige Entwicklungen der wirtschaftlichen Lage", Find("kreis-kleve", 2024).Text.Replace('\n', ' '));
    }

    [Fact]
    public void Steering_dialogues_are_stated_in_words()
    {
        foreach (var a in Default)
        {
            var word = a.SteeringDialogues == 3 ? "drei" : "zwei";
            Assert.Contains($"in {a.Year} {word}", a.Text.Replace('\n', ' '));
        }
        Assert.Contains(Default, a => a.SteeringDialogues == 3);
        Assert.Contains(Default, a => a.SteeringDialogues == 2);
    }

    [Fact]
    public void Written_files_are_the_agreement_texts()
    {
        var options = new SampleOptions(Regions: 2, Years: 3);
        using var p = new SampleProject(options);
        foreach (var a in SampleGenerator.Agreements(options))
            Assert.Equal(a.Text, File.ReadAllText(Path.Combine(p.Root, a.Path)));
    }

    [GeneratedRegex(@"([0-9]+,[0-9]) Prozent")]
    private static partial Regex NumberPattern();
}
