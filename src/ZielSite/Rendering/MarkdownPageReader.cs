using ZielSite.Inputs;
using System.Text;

namespace ZielSite.Rendering;

/// <summary>
/// Reads the Markdown pages of a folder (<c>content/pages/*.md</c>): slug from the file name, title from the first
/// line starting with "# " (else the slug). Ordered by slug (ordinal).
/// </summary>
internal static class MarkdownPageReader
{
    /// <param name="displayFolder">The folder as shown to the user (e.g. "content/pages"), for <see cref="MarkdownPage.File"/>.</param>
    public static IReadOnlyList<MarkdownPage> Read(string folder, string displayFolder)
    {
        if (!Directory.Exists(folder)) return [];
        return Directory.EnumerateFiles(folder, "*.md", SearchOption.TopDirectoryOnly)
            .Select(path => FromText(Path.GetFileNameWithoutExtension(path), File.ReadAllText(path, Encoding.UTF8), displayFolder.TrimEnd('/') + "/" + Path.GetFileName(path)))
            .OrderBy(p => p.Slug, StringComparer.Ordinal)
            .ToList();
    }

    public static MarkdownPage FromText(string slug, string markdown, string file)
    {
        var title = markdown.Replace("\r\n", "\n").Split('\n')
            .FirstOrDefault(l => l.StartsWith("# ", StringComparison.Ordinal))?[2..].Trim();
        return new MarkdownPage(slug, string.IsNullOrEmpty(title) ? slug : title, markdown, file);
    }
}
