namespace ZielSite.Rendering;

/// <summary>An HTML page of the site for the sitemap and the search index: path relative to the root, title, search words.</summary>
internal sealed record PageEntry(string Path, string Title, string Keywords);
