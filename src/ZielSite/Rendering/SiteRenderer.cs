using System.Text;
using ZielSite.Diagnostics;
using ZielSite.Output;
using ZielSite.Templates;

namespace ZielSite.Rendering;

/// <summary>Renders every file of the site from a <see cref="SiteModel"/>, with templates loaded once.</summary>
internal static class SiteRenderer
{
    /// <summary>Name of the Plotly.NET resource that holds plotly.js (copied once to <see cref="PlotlyAsset"/>).</summary>
    public const string PlotlyResource = "Plotly.NET.plotly-2.28.0.min.js";

    public const string PlotlyAsset = "assets/plotly-2.28.0.min.js";

    /// <summary>
    /// Renders the site and hands each file to <paramref name="emit"/> as soon as it is made (from several threads
    /// at once: <paramref name="emit"/> must be thread-safe). A file's content may be a pooled buffer, valid only
    /// during the call: copy it to keep it. Each path is emitted once (the first file of a path wins; a second one is an <see cref="DiagnosticCodes.OutputCollision"/> error). Emits nothing
    /// and returns false when a template has a syntax error.
    /// </summary>
    public static bool Render(SiteModel model, IReadOnlyList<string> templateDirs, DiagnosticBag diagnostics, Action<OutputFile> emit) =>
        Render(model, templateDirs, diagnostics, emit, IOutputReuse.None);

    /// <inheritdoc cref="Render(SiteModel, IReadOnlyList{string}, DiagnosticBag, Action{OutputFile})"/>
    /// <param name="reuse">Cached units of an earlier build (region pages, overviews); <see cref="IOutputReuse.None"/> renders every file.</param>
    public static bool Render(SiteModel model, IReadOnlyList<string> templateDirs, DiagnosticBag diagnostics, Action<OutputFile> emit, IOutputReuse reuse)
    {
        var templates = TemplateSet.Load(templateDirs, diagnostics);
        if (templates.HasErrors) return false;
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        bool Claim(string path)
        {
            lock (seen)
            {
                var count = seen.GetValueOrDefault(path) + 1;
                seen[path] = count;
                return count == 1;
            }
        }
        void Emit(OutputFile file)
        {
            if (Claim(file.Path)) emit(file);
        }
        var run = new SiteRun(model, templates, diagnostics, Emit, reuse, p => Claim(p));
        run.RegionPages();
        run.OverviewPages();
        run.MarkdownPages();
        run.IndexPage();
        run.NotFoundPage();
        run.SearchPage();
        run.SearchIndex();
        run.Sitemap();
        run.Assets();
        // Two files for one path would silently lose one of them: an error (the loader reserves the names it knows).
        foreach (var (path, count) in seen.Where(p => p.Value > 1).OrderBy(p => p.Key, StringComparer.Ordinal))
            diagnostics.Error(DiagnosticCodes.OutputCollision, new SourceSpan(path),
                $"{count} generated files would be written to '{path}'; a page or region name collides with another");
        return true;
    }

    internal static OutputFile Text(string path, string text) => new(path, Encoding.UTF8.GetBytes(text));
}
