using ZielSite.Diagnostics;
using ZielSite.Output;

namespace ZielSite.Rendering;

/// <summary>Renders every file of the site from a <see cref="SiteModel"/>, with templates loaded once.</summary>
public static class SiteRenderer
{
    /// <param name="templateDirs">Template folders in order of precedence (project's own first, then built-in).</param>
    public static IReadOnlyList<OutputFile> Render(SiteModel model, IReadOnlyList<string> templateDirs, DiagnosticBag diagnostics) =>
        throw new NotImplementedException("SiteRenderer");
}
