using ZielSite.Diagnostics;

namespace ZielSite.Inputs.Pdf;

/// <summary>
/// Where each line of the text read from a PDF stands: the parser numbers the lines of the whole text (empty lines
/// between paragraphs included); <see cref="Locate(SourceSpan)"/> turns such a line into the page and the line on that
/// page as a reader counts it, printed lines only (<c>file.pdf:page 3:line 12</c>).
/// </summary>
public sealed class SourcePages
{
    private readonly int[] _page;
    private readonly int[] _line;

    /// <param name="pages">The lines of each page, in order ("" for the gap between paragraphs).</param>
    public SourcePages(IReadOnlyList<IReadOnlyList<string>> pages)
    {
        var count = pages.Sum(p => p.Count);
        _page = new int[count];
        _line = new int[count];
        var i = 0;
        for (var p = 0; p < pages.Count; p++)
        {
            var printed = 0;
            foreach (var line in pages[p])
            {
                if (line.Trim().Length > 0) printed++;
                _page[i] = p + 1;
                _line[i] = Math.Max(1, printed); // an empty line: the printed line before it
                i++;
            }
        }
        PageCount = pages.Count;
    }

    public int PageCount { get; }

    /// <summary>The span with <see cref="SourceSpan.Page"/> set and its line counted on that page; a span of the whole file stays as it is.</summary>
    public SourceSpan Locate(SourceSpan span)
    {
        if (span.Line <= 0 || span.Page > 0 || _page.Length == 0) return span;
        var i = Math.Min(span.Line, _page.Length) - 1; // past the end (the parser's end of file): the last line
        return span with { Page = _page[i], Line = _line[i] };
    }

}
