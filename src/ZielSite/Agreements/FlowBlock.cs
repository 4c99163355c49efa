namespace ZielSite.Agreements;

/// <summary>
/// A block of reflowed text with, for every joined source line, the offset in <see cref="TextBlock.Text"/>
/// where it begins, so that any position in the block maps back to its 1-based source line.
/// </summary>
internal sealed record FlowBlock(TextBlock Block, IReadOnlyList<int> Offsets, IReadOnlyList<int> Lines)
{
    public string Text => Block.Text;

    public TextBlockKind Kind => Block.Kind;

    /// <summary>The source line of the character at <paramref name="offset"/> of the block text.</summary>
    public int LineAt(int offset)
    {
        int lo = 0, hi = Offsets.Count - 1;
        while (lo < hi)
        {
            int mid = (lo + hi + 1) / 2;
            if (Offsets[mid] <= offset) lo = mid; else hi = mid - 1;
        }
        return Lines[lo];
    }
}
