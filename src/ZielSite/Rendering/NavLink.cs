namespace ZielSite.Rendering;

/// <summary>A link of the navigation or breadcrumbs. <see cref="Path"/> is relative to the site root ("2023/index.html"); null for the current page.</summary>
internal sealed record NavLink(string Title, string? Path);
