using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using ZielSite.Diagnostics;
using SourceSpan = ZielSite.Diagnostics.SourceSpan;

namespace ZielSite.Rendering;

/// <summary>
/// Renders a Markdown page and keeps links that run code out of it: a link or image whose address uses
/// <c>javascript:</c>, <c>vbscript:</c> or <c>data:</c> (except <c>data:image/…</c> for images) is reported as
/// <see cref="DiagnosticCodes.UnsafeLink"/> and published as <c>#</c>. Markdig does not filter addresses itself.
/// </summary>
internal static class MarkdownLinkGuard
{
    public static string ToHtml(string markdown, MarkdownPipeline pipeline, string file, DiagnosticBag diagnostics)
    {
        MarkdownDocument document;
        try
        {
            document = Markdown.Parse(markdown, pipeline);
        }
        catch (ArgumentException e) when (e.Message.Contains("nested", StringComparison.OrdinalIgnoreCase))
        {
            // Markdig refuses elements nested thousands deep (">>>>…", "[[[[…") instead of overflowing its stack.
            diagnostics.Error(DiagnosticCodes.MarkdownTooDeep, new SourceSpan(file),
                "the page nests quotes, lists, links or emphasis too deeply to be read (Markdig's limit); it is not published");
            return "";
        }
        foreach (var inline in document.Descendants<Inline>())
        {
            switch (inline)
            {
                case LinkInline link when IsUnsafe(link.Url, link.IsImage):
                    Report(link.Url!, link.Line, link.Column);
                    link.Url = "#";
                    break;
                case LinkInline image when image.IsImage && IsOtherHost(image.Url):
                    // Every reader's browser would load it from that host (and tell it who reads the page).
                    diagnostics.Error(DiagnosticCodes.ExternalImage, new SourceSpan(file, image.Line + 1, image.Column + 1),
                        $"the image '{Short(image.Url!)}' would be loaded from another host by every reader; copy it into templates/assets/ and link it there");
                    image.Url = "#";
                    break;
                case AutolinkInline auto when IsUnsafe(auto.Url, image: false):
                    Report(auto.Url, auto.Line, auto.Column);
                    auto.Url = "#";
                    break;
            }
        }
        return document.ToHtml(pipeline);

        void Report(string url, int line, int column) =>
            diagnostics.Error(DiagnosticCodes.UnsafeLink, new SourceSpan(file, line + 1, column + 1),
                $"the link '{(url.Length > 60 ? url[..60] + "…" : url)}' uses a scheme that runs code in the reader's browser; it is not published");
    }

    /// <summary>True for an address on another host: with a scheme other than data: ("https://…") or starting with "//".</summary>
    internal static bool IsOtherHost(string? url)
    {
        if (string.IsNullOrEmpty(url)) return false;
        var u = new string(url.Where(c => c > ' ').Take(16).ToArray()).ToLowerInvariant();
        if (u.StartsWith("//", StringComparison.Ordinal) || u.StartsWith("\\\\", StringComparison.Ordinal)) return true;
        var colon = u.IndexOf(':');
        return colon > 0 && u[..colon].All(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.') && !u.StartsWith("data:", StringComparison.Ordinal);
    }

    private static string Short(string url) => url.Length > 60 ? url[..60] + "…" : url;

    /// <summary>True for addresses that run code. Browsers ignore ASCII whitespace and control characters inside the scheme, so those are removed first.</summary>
    internal static bool IsUnsafe(string? url, bool image)
    {
        if (string.IsNullOrEmpty(url)) return false;
        var scheme = new string(url.Where(c => c > ' ').Take(16).ToArray()).ToLowerInvariant();
        if (scheme.StartsWith("javascript:", StringComparison.Ordinal) || scheme.StartsWith("vbscript:", StringComparison.Ordinal)) return true;
        return scheme.StartsWith("data:", StringComparison.Ordinal) && !(image && scheme.StartsWith("data:image/", StringComparison.Ordinal) && !scheme.StartsWith("data:image/svg", StringComparison.Ordinal));
    }
}
