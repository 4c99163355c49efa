namespace ZielSite.Diagnostics;

/// <summary>
/// Collects diagnostics while a stage keeps going, so that all problems of a run are reported together.
/// Thread-safe: stages that work in parallel may add to one bag.
/// </summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = new();
    private readonly Lock _gate = new();

    public void Add(Diagnostic diagnostic)
    {
        lock (_gate) _items.Add(diagnostic);
    }

    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        lock (_gate) _items.AddRange(diagnostics);
    }

    public void Error(string code, SourceSpan span, string message) => Add(new(Severity.Error, code, span, message));

    public void Warning(string code, SourceSpan span, string message) => Add(new(Severity.Warning, code, span, message));

    public bool HasErrors
    {
        get { lock (_gate) return _items.Exists(d => d.IsError); }
    }

    public int Count
    {
        get { lock (_gate) return _items.Count; }
    }

    /// <summary>The diagnostics in a stable order: by file (ordinal), page, line, column, then code and message.</summary>
    public IReadOnlyList<Diagnostic> ToSortedList()
    {
        lock (_gate)
        {
            return _items
                .OrderBy(d => d.Span.File, StringComparer.Ordinal)
                .ThenBy(d => d.Span.Sheet, StringComparer.Ordinal)
                .ThenBy(d => d.Span.Page)
                .ThenBy(d => d.Span.Line)
                .ThenBy(d => d.Span.Column)
                .ThenBy(d => d.Code, StringComparer.Ordinal)
                .ThenBy(d => d.Message, StringComparer.Ordinal)
                .Distinct()
                .ToList();
        }
    }
}
