using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ZielSite.Templates;

/// <summary>
/// A Scriban context that HTML-escapes every value a template writes (<c>{{ x }}</c>) unless it is
/// <see cref="RawHtml"/>, and takes included templates from the <see cref="TemplateSet"/> parsed once per
/// render instead of parsing them again per page. One instance per thread (contexts are not thread-safe), reused for many pages.
/// </summary>
internal sealed class EscapingTemplateContext : TemplateContext
{
    private readonly TemplateSet _templates;
    public EscapingTemplateContext(TemplateSet templates, ScriptObject builtins) : base(builtins)
    {
        _templates = templates;
        TemplateLoader = templates.Loader;
        LoopLimit = 100_000;
        // Scriban cuts output and values at 1 MiB characters by default, silently ("…"): a long page or a 1.2 MB
        // agreement would be published without its end. Far larger limits, and reaching one is an error
        // (TemplateRuntime, naming the template), never a cut page.
        LimitToString = MaxOutputChars;
        OnStringLimit = ScriptLimitBehavior.Throw;
        OutputLimit = MaxOutputChars;
        OnOutputLimit = ScriptLimitBehavior.Throw;
        EnableRelaxedMemberAccess = true;
    }

    /// <summary>The most characters one page (or one value) may have: 128 Mi, far above any real page (the largest agreement text is 8 MB).</summary>
    public const int MaxOutputChars = 128 * 1024 * 1024;

    /// <summary>True: HTML-escape written values (HTML templates); false: write them as they are (plain-text templates).</summary>
    public bool Escape { get; set; } = true;

    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        if (!Escape || textAsObject is null) return base.Write(span, textAsObject);
        if (textAsObject is RawHtml raw) return Write(raw.Html);
        if (textAsObject is RawHtmlChunks chunks)
        {
            foreach (var chunk in chunks.Builder.GetChunks()) Write(chunk.ToString());
            return this;
        }
        return Write(Html.Escape(ObjectToString(textAsObject)));
    }

    protected override Template CreateTemplate(string templatePath, ScriptNode? callerContext) =>
        _templates.GetByPath(templatePath)
        ?? throw new ScriptRuntimeException(callerContext?.Span ?? default, $"Template '{templatePath}' could not be parsed");
}
