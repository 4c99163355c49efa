using System.Text;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;
using ZielSite.Diagnostics;

namespace ZielSite.Templates;

/// <summary>
/// A reusable rendering context for one thread: renders many pages one after another without creating a new
/// Scriban context (and its reflection caches) per page. Not thread-safe: one session per thread. After a
/// runtime error the session continues with a fresh context.
/// </summary>
internal sealed class TemplateSession
{
    private readonly TemplateSet _templates;
    private EscapingTemplateContext _context;

    internal TemplateSession(TemplateSet templates)
    {
        _templates = templates;
        _context = templates.NewContext();
    }

    /// <summary>
    /// Renders template <paramref name="name"/> with <paramref name="globals"/> as variables. <paramref name="html"/>:
    /// escape every written value that is not <see cref="RawHtml"/>. Null (with a diagnostic) when the template
    /// is missing, broken or fails.
    /// </summary>
    public string? Render(string name, ScriptObject globals, bool html, DiagnosticBag diagnostics) =>
        RenderInto(name, globals, html, diagnostics, into: null, out var text) ? text : null;

    /// <summary>
    /// Renders a page: the body template, then <c>layout.sbn-html</c> with the body as <c>content</c>, both with
    /// the same variables, and marks the first use of each abbreviation (<see cref="AbbreviationMarker"/>). Returns a builder holding the page (read it by chunks to avoid a large string), or null
    /// (with a diagnostic) on failure.
    /// </summary>
    /// <remarks>
    /// Fresh builders per page, not reused ones: clearing a builder of several chunks merges them into one array of
    /// the whole capacity, a large object for every page. Fresh ones grow in chunks of at most 8,000 characters.
    /// </remarks>
    public StringBuilder? RenderPage(string bodyTemplate, ScriptObject globals, DiagnosticBag diagnostics)
    {
        var body = new StringBuilder(ChunkSize);
        if (!RenderInto(bodyTemplate, globals, html: true, diagnostics, body, out _)) return null;
        globals.SetValue("content", new RawHtmlChunks(body), false);
        var page = new StringBuilder(ChunkSize);
        return RenderInto("layout.sbn-html", globals, html: true, diagnostics, page, out _) ? AbbreviationMarker.Mark(page) : null;
    }

    /// <summary>The largest chunk a StringBuilder allocates by itself (16 KB, far below the large-object threshold).</summary>
    private const int ChunkSize = 8000;

    /// <summary>Renders into <paramref name="into"/> (an empty builder) when given, else into <paramref name="text"/>.</summary>
    private bool RenderInto(string name, ScriptObject globals, bool html, DiagnosticBag diagnostics, StringBuilder? into, out string? text)
    {
        text = null;
        var template = _templates.Find(name, diagnostics);
        if (template is null) return false;
        _context.Escape = html;
        _context.PushGlobal(globals);
        if (into is not null)
        {
            _context.PushOutput(new BuilderOutput(into));
        }
        try
        {
            text = template.Value.Template.Render(_context);
            if (into is not null) _context.PopOutput();
            _context.PopGlobal();
            return true;
        }
        catch (ScriptRuntimeException e)
        {
            var file = string.IsNullOrEmpty(e.Span.FileName) ? template.Value.Path : e.Span.FileName;
            var span = new SourceSpan(_templates.Display(Path.GetFullPath(file)), e.Span.Start.Line + 1, e.Span.Start.Column + 1);
            diagnostics.Error(DiagnosticCodes.TemplateRuntime, span, e.OriginalMessage);
            _context = _templates.NewContext(); // the old one may hold half-pushed state
            return false;
        }
    }
}
