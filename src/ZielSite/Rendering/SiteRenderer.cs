using System.Text;
using ZielSite.Diagnostics;
using ZielSite.Output;

namespace ZielSite.Rendering;

/// <summary>Renders every file of the site from a <see cref="SiteModel"/>, with templates loaded once.</summary>
public static class SiteRenderer
{
    /// <summary>Name of the Plotly.NET resource that holds plotly.js (copied once to <see cref="PlotlyAsset"/>).</summary>
    public const string PlotlyResource = "Plotly.NET.plotly-2.28.0.min.js";

    public const string PlotlyAsset = "assets/plotly-2.28.0.min.js";

    /// <param name="templateDirs">Template folders in order of precedence (project's own first, then built-in).</param>
    /// <returns>The files ordered by path (ordinal); none when a template has a syntax error.</returns>
    public static IReadOnlyList<OutputFile> Render(SiteModel model, IReadOnlyList<string> templateDirs, DiagnosticBag diagnostics)
    {
        var templates = TemplateSet.Load(templateDirs, diagnostics);
        if (templates.HasErrors) return [];
        var run = new SiteRun(model, templates, diagnostics);
        var files = new List<OutputFile>();
        files.AddRange(run.RegionPages());
        files.AddRange(run.OverviewPages());
        files.AddRange(run.MarkdownPages());
        files.Add(run.IndexPage());
        files.Add(run.NotFoundPage());
        files.Add(run.SearchPage());
        files.AddRange(run.SearchIndex());
        files.Add(run.Sitemap());
        files.AddRange(run.Assets());
        // Two files for one path would silently lose one of them: an error (the loader reserves the names it knows).
        foreach (var clash in files.GroupBy(f => f.Path, StringComparer.Ordinal).Where(g => g.Count() > 1))
            diagnostics.Error(DiagnosticCodes.OutputCollision, new SourceSpan(clash.Key),
                $"{clash.Count()} generated files would be written to '{clash.Key}'; a page or region name collides with another");
        return files
            .GroupBy(f => f.Path, StringComparer.Ordinal).Select(g => g.First())
            .OrderBy(f => f.Path, StringComparer.Ordinal)
            .ToList();
    }

    internal static OutputFile Text(string path, string text) => new(path, Encoding.UTF8.GetBytes(text));
}
