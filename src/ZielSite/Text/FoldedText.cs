namespace ZielSite.Text;

/// <summary>
/// A text folded for approximate comparison (see <see cref="GermanText.Fold(string, int, int)"/>) with, for every
/// folded character, the index of the source character it came from.
/// </summary>
internal sealed class FoldedText
{
    internal FoldedText(string text, int[] map, int sourceEnd)
    {
        Text = text;
        _map = map;
        _sourceEnd = sourceEnd;
    }

    private readonly int[] _map;
    private readonly int _sourceEnd;

    /// <summary>The folded characters: a–z only (umlauts folded, confusable letters in one class).</summary>
    public string Text { get; }

    public int Length => Text.Length;

    /// <summary>Index in the source of folded character <paramref name="i"/>; <see cref="Length"/> maps to the end of the folded range.</summary>
    public int SourceIndex(int i) => i >= Text.Length ? _sourceEnd : _map[i];
}
