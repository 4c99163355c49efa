using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ZielSite.Rendering;

/// <summary>
/// A Scriban context that HTML-escapes every value a template writes (<c>{{ x }}</c>) unless it is
/// <see cref="RawHtml"/>, and takes included templates from the <see cref="TemplateSet"/> parsed once per
/// render instead of parsing them again per page. One instance per page (contexts are not thread-safe).
/// </summary>
internal sealed class EscapingTemplateContext : TemplateContext
{
    private readonly TemplateSet _templates;
    private readonly bool _escape;

    public EscapingTemplateContext(TemplateSet templates, ScriptObject builtins, bool escape) : base(builtins)
    {
        _templates = templates;
        _escape = escape;
        TemplateLoader = templates.Loader;
        LoopLimit = 100_000;
        EnableRelaxedMemberAccess = true;
    }

    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        if (!_escape || textAsObject is null) return base.Write(span, textAsObject);
        if (textAsObject is RawHtml raw) return Write(raw.Html);
        return Write(Html.Escape(ObjectToString(textAsObject)));
    }

    protected override Template CreateTemplate(string templatePath, ScriptNode? callerContext) =>
        _templates.GetByPath(templatePath)
        ?? throw new ScriptRuntimeException(callerContext?.Span ?? default, $"Template '{templatePath}' could not be parsed");
}
