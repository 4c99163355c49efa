namespace ZielSite.Templates;

/// <summary>
/// How long a rendered page may be. Scriban cuts a value or a page at 1,048,576 characters by default and appends
/// "..." without a word; a long agreement page passes that. ZielSite raises the limit and makes reaching it an error
/// (ZS0610), never a cut page.
/// </summary>
internal static class TemplateLimits
{
    /// <summary>32 Mi characters (about 32 MB of HTML) per page or value: far above any real page, below running out of memory.</summary>
    public const int MaxPageCharacters = 32 * 1024 * 1024;
}
