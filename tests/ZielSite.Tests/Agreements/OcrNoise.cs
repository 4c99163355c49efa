using System.Text;

namespace ZielSite.Tests.Agreements;

/// <summary>
/// Adds OCR-like noise to a text with a fixed-seed random source: letter confusions in words without digits,
/// glued and split words, stray marks, blank lines inside sentences and words hyphenated across lines.
/// Numbers keep their value (at most a space after the decimal comma, "12, 6"). With <c>layoutLoss</c> the layout is
/// lost as real OCR loses it: no blank lines, list items glued to the line before ("… erhöht. « Veränderung …"), and
/// the unit and qualifier words get the confusions Tesseract makes ("Prozerit", "Pr0zent", "Prozcnt", "mindestcns").
/// </summary>
internal sealed class OcrNoise(int seed, double rate, bool layoutLoss = false)
{
    private readonly Random _random = new(seed);

    private static readonly (string From, string[] To)[] Confusions =
    [
        ("g", ["q", "a"]), ("i", ["l", "1"]), ("l", ["I", "1", "i"]), ("I", ["l"]), ("m", ["rn"]), ("ü", ["ii", "u"]),
        ("o", ["0"]), ("O", ["0"]), ("e", ["c"]), ("h", ["b"]),
    ];

    private bool Chance(double p) => _random.NextDouble() < p * rate;

    public string Apply(string text)
    {
        var lines = text.Split('\n').ToList();
        var result = new List<string>();
        for (int i = 0; i < lines.Count; i++)
        {
            var line = NoisyWords(lines[i]);
            if (line.Length > 0 && Chance(0.03)) line += _random.Next(2) == 0 ? " •" : " '";
            if (line.Length > 0 && i + 1 < lines.Count && lines[i + 1].Length > 0 && Chance(0.05))
            {
                int k = line.LastIndexOf(' ');
                var last = line[(k + 1)..];
                if (last.Length >= 8 && last.All(char.IsLetter))
                {
                    int cut = 3 + _random.Next(last.Length - 5);
                    line = line[..(k + 1)] + last[..cut] + "-";
                    lines[i + 1] = last[cut..] + " " + lines[i + 1];
                }
            }
            result.Add(line);
            if (line.Length > 0 && Chance(0.10)) result.Add("");
            if (Chance(0.01)) result.Add("*.");
        }
        if (layoutLoss) result = LoseLayout(result);
        return string.Join('\n', result);
    }

    private static readonly (string From, string[] To)[] UnitConfusions =
    [
        ("Prozent", ["Prozerit", "Pr0zent", "Prozcnt"]), ("mindestens", ["mindestcns", "rnindestens"]),
    ];

    private List<string> LoseLayout(List<string> lines)
    {
        var result = new List<string>();
        foreach (var raw in lines)
        {
            var line = raw;
            if (line.Trim().Length == 0) continue;
            foreach (var (from, to) in UnitConfusions)
                if (line.Contains(from, StringComparison.Ordinal) && Chance(0.3)) line = line.Replace(from, to[_random.Next(to.Length)], StringComparison.Ordinal);
            if (Chance(0.3)) line = System.Text.RegularExpressions.Regex.Replace(line, @"(\d),(\d)", "$1, $2");
            var trimmed = line.TrimStart();
            if (result.Count > 0 && trimmed.StartsWith('•') && Chance(0.5))
            {
                result[^1] += " « " + trimmed[1..].TrimStart();
                continue;
            }
            result.Add(line);
        }
        return result;
    }

    private string NoisyWords(string line)
    {
        var words = line.Split(' ');
        var sb = new StringBuilder();
        for (int i = 0; i < words.Length; i++)
        {
            var w = words[i];
            bool plain = w.Length > 0 && w.All(char.IsLetter);
            if (plain && Chance(0.05)) w = Confuse(w);
            if (plain && w.Length >= 8 && Chance(0.02))
            {
                int cut = 3 + _random.Next(w.Length - 5);
                w = w[..cut] + " " + w[cut..];
            }
            if (i > 0)
            {
                bool glue = plain && words[i - 1].Length > 0 && words[i - 1].All(char.IsLetter) && Chance(0.02);
                if (!glue) sb.Append(' ');
            }
            sb.Append(w);
        }
        return sb.ToString();
    }

    private string Confuse(string word)
    {
        for (int attempt = 0; attempt < 4; attempt++)
        {
            var (from, to) = Confusions[_random.Next(Confusions.Length)];
            int k = word.IndexOf(from, StringComparison.Ordinal);
            if (k < 0) continue;
            return word[..k] + to[_random.Next(to.Length)] + word[(k + from.Length)..];
        }
        return word;
    }
}
