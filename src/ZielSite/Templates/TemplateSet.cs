using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;
using ZielSite.Diagnostics;

namespace ZielSite.Templates;

/// <summary>
/// Every template of the template folders, parsed once per render and then shared read-only by all pages
/// (Scriban templates may be rendered concurrently, each with its own context). Syntax errors become
/// <see cref="DiagnosticCodes.TemplateSyntax"/> diagnostics with file and line; runtime errors
/// <see cref="DiagnosticCodes.TemplateRuntime"/>.
/// </summary>
internal sealed class TemplateSet
{
    private static readonly string[] TemplateExtensions = [".sbn", ".sbn-html", ".sbn-txt", ".sbn-xml"];

    private readonly Dictionary<string, Template?> _byPath;
    private readonly Dictionary<string, string> _pathByName;
    private readonly ScriptObject _functions;
    private readonly ScriptObject _strings;
    private readonly ScriptObject _builtins = CreateBuiltins();
    private Dictionary<string, string> _displays = new(StringComparer.Ordinal);

    private TemplateSet(TemplateDirLoader loader, Dictionary<string, string> pathByName, Dictionary<string, Template?> byPath,
        IReadOnlyDictionary<string, string> assets, bool hasErrors, ScriptObject functions, TemplateStrings strings)
    {
        Strings = strings;
        _strings = new ScriptObject();
        _strings.SetValue("strings", strings.ToScriptObject(), true);
        _strings.IsReadOnly = true;
        Loader = loader;
        _pathByName = pathByName;
        _byPath = byPath;
        Assets = assets;
        HasErrors = hasErrors;
        _functions = functions;
    }

    internal TemplateDirLoader Loader { get; }

    /// <summary>Files under <c>assets/</c> of the template folders (precedence applied): name ("assets/style.css") → full path.</summary>
    public IReadOnlyDictionary<string, string> Assets { get; }

    /// <summary>The words of the frame (<c>strings.json</c>, a project's own keys over the built-in ones); templates see them as <c>strings.KEY</c>.</summary>
    internal TemplateStrings Strings { get; }

    /// <summary>True when any template has a syntax error (or a <c>strings.json</c> cannot be read).</summary>
    public bool HasErrors { get; }

    /// <summary>Parses every template of <paramref name="dirs"/> (first folder wins per relative name).</summary>
    public static TemplateSet Load(IReadOnlyList<string> dirs, DiagnosticBag diagnostics)
    {
        var pathByName = new Dictionary<string, string>(StringComparer.Ordinal);
        var displays = new Dictionary<string, string>(StringComparer.Ordinal);
        var assets = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var dir in dirs)
        {
            if (!Directory.Exists(dir)) continue;
            // As every project input: no link out of the project (templates/assets/x → /proc/self/environ would be
            // published), no link loop, no hidden file; the folder's parent (the project) is the boundary.
            var boundary = Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(dir))) ?? dir;
            foreach (var file in Inputs.ProjectLoader.FilesBelow(boundary, dir, "*", diagnostics).Order(StringComparer.Ordinal))
            {
                var name = Path.GetRelativePath(dir, file).Replace('\\', '/');
                if (name.StartsWith("assets/", StringComparison.Ordinal)) assets.TryAdd(name, Path.GetFullPath(file));
                else if (TemplateExtensions.Contains(Path.GetExtension(file), StringComparer.Ordinal) && pathByName.TryAdd(name, Path.GetFullPath(file)))
                    displays[Path.GetFullPath(file)] = DisplayPrefix(dir) + name;
            }
        }

        var byPath = new Dictionary<string, Template?>(StringComparer.Ordinal);
        var hasErrors = false;
        foreach (var (name, path) in pathByName.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var template = Template.Parse(File.ReadAllText(path), path);
            if (template.HasErrors)
            {
                hasErrors = true;
                foreach (var m in template.Messages)
                {
                    var span = new SourceSpan(displays[path], m.Span.Start.Line + 1, m.Span.Start.Column + 1);
                    var severity = m.Type == Scriban.Parsing.ParserMessageType.Error ? Severity.Error : Severity.Warning;
                    diagnostics.Add(new Diagnostic(severity, DiagnosticCodes.TemplateSyntax, span, m.Message));
                }
                byPath[path] = null;
            }
            else byPath[path] = template;
        }
        var stringDiagnostics = new DiagnosticBag();
        var strings = TemplateStrings.Load(dirs, file => DisplayPrefix(Path.GetDirectoryName(file)!) + Path.GetFileName(file), stringDiagnostics);
        hasErrors |= stringDiagnostics.HasErrors;
        diagnostics.AddRange(stringDiagnostics.ToSortedList());
        return new TemplateSet(new TemplateDirLoader(dirs), pathByName, byPath, assets, hasErrors, TemplateFunctions.Create(), strings) { _displays = displays };
    }

    /// <summary>True when a template of that name exists (parsed or not).</summary>
    public bool Has(string name) => _pathByName.ContainsKey(name);

    internal Template? GetByPath(string fullPath) => _byPath.GetValueOrDefault(fullPath);

    /// <summary>A rendering session for the calling thread (reuse it for many pages).</summary>
    public TemplateSession NewSession() => new(this);

    /// <summary>Renders one template in a new session; see <see cref="TemplateSession.Render"/>.</summary>
    public string? Render(string name, ScriptObject globals, bool html, DiagnosticBag diagnostics) =>
        NewSession().Render(name, globals, html, diagnostics);

    /// <summary>The parsed template of that name, or null: missing (reported here) or broken (reported by <see cref="Load"/>).</summary>
    internal (Template Template, string Path)? Find(string name, DiagnosticBag diagnostics)
    {
        if (!_pathByName.TryGetValue(name, out var path))
        {
            diagnostics.Error(DiagnosticCodes.TemplateRuntime, new SourceSpan(name), $"Template '{name}' not found in any template folder");
            return null;
        }
        return _byPath[path] is { } template ? (template, path) : null;
    }

    internal EscapingTemplateContext NewContext()
    {
        var context = new EscapingTemplateContext(this, _builtins);
        context.PushGlobal(_functions);
        context.PushGlobal(_strings);
        return context;
    }

    /// <summary>Scriban's built-in functions, created once and shared read-only, with the raw-output include and without <c>date.now</c>.</summary>
    private static ScriptObject CreateBuiltins()
    {
        var builtins = TemplateContext.GetDefaultBuiltinObject();
        var include = (IScriptCustomFunction?)builtins["include"] ?? throw new InvalidOperationException("Scriban has no include function");
        builtins.Remove("include");
        builtins.SetValue("include", new RawIncludeFunction(include), true);
        // The same input gives the same bytes: no template reads the clock (the build time is site.generated_at).
        if (builtins["date"] is ScriptObject date)
        {
            date.Remove("now");
            date.Import("now", new Func<DateTime>(() => throw new InvalidOperationException(
                "date.now is not available: the same input must give the same site; the build time is site.generated_at")));
        }
        builtins.IsReadOnly = true;
        return builtins;
    }

    /// <summary>
    /// A template's path as shown in diagnostics: "templates/page.sbn-html" for a project's own template (relative
    /// to the project, as every other input), "(built-in)/templates/…" for one shipped with the program.
    /// </summary>
    internal string Display(string fullPath) =>
        _displays.TryGetValue(fullPath, out var display) ? display : fullPath.Replace('\\', '/');

    private static string DisplayPrefix(string dir)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(dir));
        var builtin = full.StartsWith(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory), StringComparison.Ordinal);
        return (builtin ? "(built-in)/" : "") + Path.GetFileName(full) + "/";
    }
}
