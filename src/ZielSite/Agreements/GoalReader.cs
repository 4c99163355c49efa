using ZielSite.Text;

namespace ZielSite.Agreements;

/// <summary>
/// Reads goals I–III: their headings ("II. Verbesserung der Integration in Erwerbstätigkeit", recognised by the
/// title even where OCR spoiled the numeral) and the list items under each that are no target headings.
/// </summary>
internal static class GoalReader
{
    private static readonly string[] Titles =
    [
        GermanText.Fold("Verringerung der Hilfebedürftigkeit"),
        GermanText.Fold("Verbesserung der Integration in Erwerbstätigkeit"),
        GermanText.Fold("Vermeidung von langfristigem Leistungsbezug"),
    ];

    public static List<Goal> Read(IReadOnlyList<FlowBlock> blocks, IReadOnlyList<TargetReader.Found> targets)
    {
        var goals = new List<Goal>();
        var targetBlocks = new HashSet<int>(targets.Select(t => t.Sentence.BlockIndex));
        for (int b = 0; b < blocks.Count; b++)
        {
            var block = blocks[b];
            int? number = GoalNumber(block, out var title);
            if (number == null) continue;
            var monitoring = new List<string>();
            int k = b + 1;
            for (; k < blocks.Count; k++)
            {
                var item = blocks[k];
                if (item.Kind == TextBlockKind.Heading || (item.Kind != TextBlockKind.ListItem && GoalNumber(item, out _) != null)) break;
                if (item.Kind != TextBlockKind.ListItem) continue;
                if (IsTargetHeading(blocks, targetBlocks, k)) continue;
                monitoring.Add(item.Text.TrimEnd(',', ';', ' ') is var t && t.EndsWith(" und", StringComparison.Ordinal) ? t[..^4].TrimEnd(',', ' ') : item.Text.TrimEnd(',', ';', ' '));
            }
            goals.Add(new Goal(number.Value, title, monitoring, block.Block.Line));
            b = k - 1;
        }
        return goals;
    }

    private static bool IsTargetHeading(IReadOnlyList<FlowBlock> blocks, HashSet<int> targetBlocks, int item)
    {
        if (targetBlocks.Contains(item)) return true;
        for (int k = item + 1; k < blocks.Count; k++)
        {
            if (blocks[k].Kind is TextBlockKind.Heading or TextBlockKind.ListItem) return false;
            if (targetBlocks.Contains(k)) return true;
        }
        return false;
    }

    private static int? GoalNumber(FlowBlock block, out string title)
    {
        title = block.Text;
        if (block.Text.Length > 120) return null;
        bool heading = BlockBuilder.TrySplitHeading(block.Text, out var numeral, out title);
        if (block.Kind == TextBlockKind.Heading && !heading) return null;
        var f = GermanText.Fold(title);
        for (int i = 0; i < Titles.Length; i++)
        {
            if (Fuzzy.Distance(f, Titles[i], Titles[i].Length / 5) <= Titles[i].Length / 5) return i + 1;
        }
        if (!heading || numeral.Any(char.IsAsciiDigit)) return null;
        return Roman(numeral);
    }

    private static int? Roman(string numeral)
    {
        var n = numeral.Replace('l', 'I').Replace('|', 'I').Replace('1', 'I');
        return n switch { "I" => 1, "II" => 2, "III" => 3, "IV" => 4, "V" => 5, _ => null };
    }
}
