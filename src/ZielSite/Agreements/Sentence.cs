namespace ZielSite.Agreements;

/// <summary>
/// A sentence of a block: <see cref="Start"/>..<see cref="End"/> (exclusive) in the block text, and the source
/// line of its last character.
/// </summary>
internal sealed record Sentence(int BlockIndex, int Start, int End, string Text, int EndLine);
