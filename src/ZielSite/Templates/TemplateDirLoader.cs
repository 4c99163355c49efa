using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ZielSite.Templates;

/// <summary>
/// Resolves template names ("partials/nav.sbn-html") across template folders in order of precedence: the first
/// folder that has the file wins, so a project's own <c>templates/</c> overrides the built-in one.
/// </summary>
internal sealed class TemplateDirLoader(IReadOnlyList<string> dirs) : ITemplateLoader
{
    /// <summary>The full path of the file that wins for <paramref name="name"/>, or null.</summary>
    public string? Resolve(string name)
    {
        var relative = name.Replace('\\', '/').TrimStart('/');
        if (relative.Contains("..", StringComparison.Ordinal)) return null;
        foreach (var dir in dirs)
        {
            var path = Path.Combine(dir, relative);
            if (File.Exists(path)) return Path.GetFullPath(path);
        }
        return null;
    }

    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) =>
        Resolve(templateName) ?? throw new ScriptRuntimeException(callerSpan, $"Template '{templateName}' not found in any template folder");

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) => File.ReadAllText(templatePath);

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        new(File.ReadAllText(templatePath));
}
