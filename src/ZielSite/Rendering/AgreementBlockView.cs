namespace ZielSite.Rendering;

/// <summary>A run of the agreement's text: a heading, a paragraph, or a list (consecutive list items).</summary>
internal sealed record AgreementBlockView(string Kind, string Text, IReadOnlyList<string> Items);
