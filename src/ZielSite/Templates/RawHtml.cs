namespace ZielSite.Templates;

/// <summary>
/// Markup that is already safe HTML (produced by the renderer itself: rendered Markdown, charts, included
/// templates). Templates write it unchanged; every other value is HTML-escaped on output.
/// </summary>
internal sealed record RawHtml(string Html)
{
    public override string ToString() => Html;
}
