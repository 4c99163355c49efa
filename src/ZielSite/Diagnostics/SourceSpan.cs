namespace ZielSite.Diagnostics;

/// <summary>
/// Where something came from: a file (path as shown to the user, with forward slashes) and a 1-based line
/// and column. <see cref="Line"/> 0 means "the whole file"; <see cref="Column"/> 0 means "the whole line".
/// Positions are stored 1-based from the start, never converted on printing.
/// </summary>
public readonly record struct SourceSpan(string File, int Line = 0, int Column = 0)
{
    /// <summary>The printed position: <c>path</c>, <c>path:line</c> or <c>path:line:column</c>.</summary>
    public override string ToString() =>
        Line <= 0 ? File : Column <= 0 ? $"{File}:{Line}" : $"{File}:{Line}:{Column}";
}
