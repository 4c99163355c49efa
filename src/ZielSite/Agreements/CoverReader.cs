using ZielSite.Text;

namespace ZielSite.Agreements;

/// <summary>
/// Reads the cover of an agreement (before "Gemäß §"): the parties "zwischen dem … vertreten durch … und dem …
/// als zugelassenem kommunalen Träger vertreten durch …", each with its first line.
/// </summary>
internal static partial class CoverReader
{
    private static readonly string Between = GermanText.Fold("zwischen");
    private static readonly string RepresentedBy = GermanText.Fold("vertreten durch");
    private static readonly string AsCarrier = GermanText.Fold("als zugelassene");
    private static readonly string Carrier = GermanText.Fold("kommunalen Träger");
    private static readonly string According = GermanText.Fold("Gemäß");

    /// <summary>A party read from the cover; <see cref="IsCarrier"/> where it is named "als zugelassener kommunaler Träger".</summary>
    public sealed record CoverParty(string Name, string? Representative, int Line, bool IsCarrier);

    public static List<CoverParty> ReadParties(IReadOnlyList<string> lines)
    {
        var parties = ReadPartyLines(lines);
        return parties.Count > 0 ? parties : ReadPartyParagraph(lines);
    }

    [System.Text.RegularExpressions.GeneratedRegex(
        @"\bzwischen\s+(?:dem|der|den)\s+(?<a>.+?)(?:,?\s+vertreten\s+durch\s+(?<ra>.+?))?,?\s+und\s+(?:dem|der|den)\s+(?<b>.+?)(?:\s+als\s+zugelassene\w*\s+kommunale\w*\s+Träger\w*)?(?:,?\s+vertreten\s+durch\s+(?<rb>.+?))?(?:,?\s+(?:nach|gemäß|auf\s+(?:der\s+)?Grundlage|für\s+das\s+Jahr|im\s+Jahr)\b|[.:]\s|$)")]
    private static partial System.Text.RegularExpressions.Regex PartyParagraph();

    /// <summary>
    /// A cover written as one paragraph ("Zielvereinbarung 2016 zwischen dem Bayerischen Staatsministerium … und dem
    /// Landkreis Würzburg nach § 48b …"): the two parties between "zwischen" and "nach/gemäß §", from the first
    /// paragraph of the first 40 lines that has "zwischen … und".
    /// </summary>
    private static List<CoverParty> ReadPartyParagraph(IReadOnlyList<string> lines)
    {
        int limit = Math.Min(lines.Count, 40);
        for (int i = 0; i < limit; i++)
        {
            if (!lines[i].Contains("zwischen", StringComparison.OrdinalIgnoreCase)) continue;
            var paragraph = new System.Text.StringBuilder(BlockBuilder.CleanLine(lines[i]));
            for (int k = i + 1; k < limit && k < i + 6 && lines[k].Trim().Length > 0; k++) paragraph.Append(' ').Append(BlockBuilder.CleanLine(lines[k]));
            var m = PartyParagraph().Match(paragraph.ToString());
            if (!m.Success) continue;
            string? Rep(string g) => m.Groups[g].Success ? m.Groups[g].Value.Trim() : null;
            bool carrier = m.Value.Contains("kommunale", StringComparison.OrdinalIgnoreCase);
            return
            [
                new CoverParty(m.Groups["a"].Value.Trim(), Rep("ra"), i + 1, false),
                new CoverParty(m.Groups["b"].Value.Trim().TrimEnd(','), Rep("rb"), i + 1, carrier),
            ];
        }
        return [];
    }

    private static List<CoverParty> ReadPartyLines(IReadOnlyList<string> lines)
    {
        var parties = new List<CoverParty>();
        List<string>? names = null;
        int first = 0;
        string? rep = null;
        bool carrier = false;
        bool started = false;

        void Close()
        {
            if (names is { Count: > 0 })
                parties.Add(new CoverParty(GermanText.FoldWhitespace(string.Join(' ', names)), rep, first, carrier));
            names = null; rep = null; carrier = false;
        }

        int limit = Math.Min(lines.Count, 80);
        for (int i = 0; i < limit; i++)
        {
            var line = BlockBuilder.CleanLine(lines[i]);
            if (line.Length == 0) continue;
            if (line.Contains('§') || Fuzzy.StartsWith(GermanText.Fold(line), According, 1, out _)) break;
            var folded = GermanText.Fold(line, 0, line.Length);
            var f = folded.Text;
            if (!started)
            {
                if (!f.StartsWith(Between, StringComparison.Ordinal)) continue;
                started = true;
                names = [];
                var rest = StripLeadingWords(line, 3, w => w is "zwischen" or "dem" or "der" or "den");
                if (rest.Length > 0) { names.Add(rest); first = i + 1; }
                continue;
            }
            if (f is "unddem" or "undder" or "und" or "unddie" || (f.StartsWith("und", StringComparison.Ordinal) && line.Split(' ').Length <= 6 && IsAndArticle(line)))
            {
                Close();
                names = [];
                var rest = StripLeadingWords(line, 2, w => w is "und" or "dem" or "der" or "den" or "die");
                if (rest.Length > 0) { names.Add(rest); first = i + 1; }
                continue;
            }
            if (Fuzzy.StartsWith(f, RepresentedBy, 2, out int len))
            {
                int src = folded.SourceIndex(len - 1) + 1;
                rep = line[src..].Trim();
                if (rep.Length == 0) rep = null;
                if (parties.Count >= 1 && names != null) { Close(); if (parties.Count >= 2) break; }
                continue;
            }
            int asEnd = Fuzzy.FindEnd(f, AsCarrier, 2);
            if (asEnd >= 0 || Fuzzy.Contains(f, Carrier, 2))
            {
                carrier = true;
                int asStart = asEnd >= 0 ? folded.SourceIndex(Math.Max(0, asEnd - AsCarrier.Length)) : -1;
                if (asStart > 0 && names != null)
                {
                    var before = line[..asStart].Trim();
                    if (before.Length > 0) { if (names.Count == 0) first = i + 1; names.Add(before); }
                }
                continue;
            }
            if (names != null && rep == null)
            {
                if (names.Count == 0) first = i + 1;
                names.Add(line);
            }
        }
        Close();
        return parties;
    }

    private static bool IsAndArticle(string line)
    {
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length >= 2 && words[0] == "und" && words[1] is "dem" or "der" or "den" or "die";
    }

    private static string StripLeadingWords(string line, int max, Func<string, bool> drop)
    {
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        int k = 0;
        while (k < words.Count && k < max && drop(words[k].ToLowerInvariant())) k++;
        return string.Join(' ', words.Skip(k));
    }
}
