namespace ZielSite.Diagnostics;

/// <summary>
/// Where something came from: a file (path as shown to the user, with forward slashes) and a 1-based line
/// and column. <see cref="Line"/> 0 means "the whole file"; <see cref="Column"/> 0 means "the whole line".
/// In a PDF, <see cref="Page"/> is the 1-based page and <see cref="Line"/> the line on that page (0: not a PDF).
/// Positions are stored 1-based from the start, never converted on printing.
/// </summary>
public readonly record struct SourceSpan(string File, int Line = 0, int Column = 0, int Page = 0)
{
    /// <summary>The printed position: <c>path</c>, <c>path:line</c> or <c>path:line:column</c>; in a PDF <c>path:page N:line M</c>.</summary>
    public override string ToString()
    {
        var file = Page <= 0 ? File : $"{File}:page {Page}";
        return Line <= 0 ? file : Column <= 0 ? $"{file}:{(Page > 0 ? "line " : "")}{Line}" : $"{file}:{(Page > 0 ? "line " : "")}{Line}:{Column}";
    }
}
