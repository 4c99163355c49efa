using ZielSite.Templates;

namespace ZielSite.Rendering;

/// <summary>A rendered Markdown page; <see cref="HasHeading"/> tells the template whether the text brings its own h1.</summary>
internal sealed record MarkdownPageView(string Slug, string Title, RawHtml Html, bool HasHeading, string File);
