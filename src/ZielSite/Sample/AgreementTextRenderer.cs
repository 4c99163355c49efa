using System.Text;

namespace ZielSite.Sample;

/// <summary>
/// Fills <see cref="AgreementTemplate.Text"/>: replaces <c>{{name}}</c> placeholders, puts the target sentences
/// and the year's context paragraphs in place, word-wraps every line and records the line where each target
/// sentence ends.
/// </summary>
internal static class AgreementTextRenderer
{
    /// <summary>Column at which lines are wrapped (the scanned agreements have about 85 characters per line).</summary>
    public const int Width = 84;

    private const string TargetPrefix = "{{ziel:";

    /// <summary>The text (LF line ends, final newline) and, per target key, the 1-based line where its sentence ends.</summary>
    public static (string Text, IReadOnlyDictionary<string, int> TargetLines) Render(
        IReadOnlyDictionary<string, string> values, string context, IReadOnlyList<TargetPlan> targets) =>
        Render(values, context, targets.ToDictionary(t => t.Key, t => (IReadOnlyList<(IReadOnlyList<string>, string)>)[([t.Key], t.Sentence)], StringComparer.Ordinal));

    /// <summary>
    /// The text with, at each <c>{{ziel:KEY}}</c>, the lines of <paramref name="blocks"/>[KEY] (none: the placeholder
    /// and the empty line after it are left out); a line's keys are the targets that end on it.
    /// </summary>
    public static (string Text, IReadOnlyDictionary<string, int> TargetLines) Render(
        IReadOnlyDictionary<string, string> values, string context,
        IReadOnlyDictionary<string, IReadOnlyList<(IReadOnlyList<string> Keys, string Text)>> blocks)
    {
        var lines = new List<string>(200);
        var targetLines = new Dictionary<string, int>(StringComparer.Ordinal);
        var skipBlank = false;
        foreach (var raw in SplitLines(AgreementTemplate.Text))
        {
            if (skipBlank && raw.Length == 0)
            {
                skipBlank = false;
                continue;
            }
            skipBlank = false;
            if (raw == "{{kontext}}")
            {
                foreach (var c in SplitLines(context)) Wrap(Fill(c, values), lines);
                continue;
            }
            if (raw.StartsWith(TargetPrefix, StringComparison.Ordinal) && raw.EndsWith("}}", StringComparison.Ordinal))
            {
                var block = blocks[raw[TargetPrefix.Length..^2]];
                foreach (var (keys, line) in block)
                {
                    var first = lines.Count;
                    Wrap(line, lines);
                    foreach (var key in keys) targetLines[key] = lines.Count;
                    // Two targets in one sentence ("…, dass A … und dass B …"): the first ends with its clause.
                    var join = line.IndexOf(" und dass ", StringComparison.Ordinal);
                    if (keys.Count == 2 && join > 0)
                    {
                        var words = line[..join].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
                        var at = first;
                        for (var seen = 0; at < lines.Count; at++)
                        {
                            seen += lines[at].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
                            if (seen >= words) break;
                        }
                        targetLines[keys[0]] = at + 1;
                    }
                }
                skipBlank = block.Count == 0;
                continue;
            }
            Wrap(Fill(raw, values), lines);
        }
        var sb = new StringBuilder(9000);
        foreach (var line in lines) sb.Append(line).Append('\n');
        return (sb.ToString(), targetLines);
    }

    private static IEnumerable<string> SplitLines(string text) => text.Replace("\r\n", "\n").Split('\n');

    private static string Fill(string line, IReadOnlyDictionary<string, string> values)
    {
        if (!line.Contains("{{", StringComparison.Ordinal)) return line;
        var sb = new StringBuilder(line.Length + 32);
        var i = 0;
        while (i < line.Length)
        {
            var open = line.IndexOf("{{", i, StringComparison.Ordinal);
            if (open < 0) { sb.Append(line, i, line.Length - i); break; }
            var close = line.IndexOf("}}", open, StringComparison.Ordinal);
            var name = line[(open + 2)..close];
            if (!values.TryGetValue(name, out var value)) throw new InvalidOperationException($"Template placeholder without value: {name}");
            sb.Append(line, i, open - i).Append(value);
            i = close + 2;
        }
        return sb.ToString();
    }

    /// <summary>Words never left at the end of a line: "§ 48b", "Abs. 3", "SGB II", "K 2", "= - 5,2".</summary>
    private static readonly HashSet<string> Glue = new(StringComparer.Ordinal) { "§", "Abs.", "S.", "Nr.", "Satz", "SGB", "K", "=", "-" };

    /// <summary>Greedy word wrap at <see cref="Width"/>; an empty line stays empty; a longer word stands alone.</summary>
    private static void Wrap(string line, List<string> lines)
    {
        if (line.Length <= Width) { lines.Add(line); return; }
        var current = new StringBuilder(Width);
        foreach (var word in Units(line))
        {
            if (current.Length > 0 && current.Length + 1 + word.Length > Width)
            {
                lines.Add(current.ToString());
                current.Clear();
            }
            if (current.Length > 0) current.Append(' ');
            current.Append(word);
        }
        lines.Add(current.ToString());
    }

    /// <summary>The words of a line, with each <see cref="Glue"/> word joined to the one after it.</summary>
    private static IEnumerable<string> Units(string line)
    {
        var pending = "";
        foreach (var word in line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var unit = pending.Length == 0 ? word : pending + " " + word;
            if (Glue.Contains(word)) { pending = unit; continue; }
            pending = "";
            yield return unit;
        }
        if (pending.Length > 0) yield return pending;
    }
}
