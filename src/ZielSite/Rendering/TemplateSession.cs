using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;
using ZielSite.Diagnostics;

namespace ZielSite.Rendering;

/// <summary>
/// A reusable rendering context for one thread: renders many pages one after another without creating a new
/// Scriban context (and its reflection caches) per page. Not thread-safe: one session per thread. After a
/// runtime error the session continues with a fresh context.
/// </summary>
public sealed class TemplateSession
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
    public string? Render(string name, ScriptObject globals, bool html, DiagnosticBag diagnostics)
    {
        var template = _templates.Find(name, diagnostics);
        if (template is null) return null;
        _context.Escape = html;
        _context.PushGlobal(globals);
        try
        {
            var text = template.Value.Template.Render(_context);
            _context.PopGlobal();
            return text;
        }
        catch (ScriptRuntimeException e)
        {
            var file = string.IsNullOrEmpty(e.Span.FileName) ? template.Value.Path : e.Span.FileName;
            var span = new SourceSpan(_templates.Display(Path.GetFullPath(file)), e.Span.Start.Line + 1, e.Span.Start.Column + 1);
            diagnostics.Error(DiagnosticCodes.TemplateRuntime, span, e.OriginalMessage);
            _context = _templates.NewContext(); // the old one may hold half-pushed state
            return null;
        }
    }

    /// <summary>
    /// Renders a page: the body template, then <c>layout.sbn-html</c> with the body as <c>content</c>, both with
    /// the same variables. Null (with a diagnostic) on failure.
    /// </summary>
    public string? RenderPage(string bodyTemplate, ScriptObject globals, DiagnosticBag diagnostics)
    {
        var body = Render(bodyTemplate, globals, html: true, diagnostics);
        if (body is null) return null;
        globals.SetValue("content", new RawHtml(body), false);
        return Render("layout.sbn-html", globals, html: true, diagnostics);
    }
}
