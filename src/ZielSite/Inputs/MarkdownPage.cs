namespace ZielSite.Inputs;

/// <summary>A Markdown page: <paramref name="Slug"/> from its file name (e.g. "methodik"), its title (first heading or front matter), and its source.</summary>
public sealed record MarkdownPage(string Slug, string Title, string Markdown, string File);
