using System.Text;

namespace ZielSite.Templates;

/// <summary>
/// Safe HTML held in a builder (a rendered page body, given to the layout as <c>content</c>): written chunk by chunk
/// (each at most 8,000 characters), so the body never becomes one large string. Valid only while the page is rendered.
/// </summary>
internal sealed class RawHtmlChunks(StringBuilder builder)
{
    public StringBuilder Builder { get; } = builder;

    /// <summary>The whole text, for a template that uses <c>content</c> as a string (not the built-in layout).</summary>
    public override string ToString() => Builder.ToString();
}
