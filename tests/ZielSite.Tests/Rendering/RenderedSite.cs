using System.Text;
using ZielSite.Diagnostics;
using ZielSite.Output;
using ZielSite.Rendering;

namespace ZielSite.Tests.Rendering;

/// <summary>The test site rendered once (with the built-in templates) and shared by the tests.</summary>
internal sealed class RenderedSite
{
    public static RenderedSite Default { get; } = new(TestSite.Model());

    public RenderedSite(SiteModel model)
    {
        Model = model;
        Diagnostics = new DiagnosticBag();
        Files = Render(model, [TestSite.BuiltInTemplates], Diagnostics);
        ByPath = Files.ToDictionary(f => f.Path, StringComparer.Ordinal);
        var dump = Environment.GetEnvironmentVariable("ZIELSITE_TEST_DUMP");
        if (!string.IsNullOrEmpty(dump))
            foreach (var f in Files)
            {
                var target = Path.Combine(dump, f.Path);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.WriteAllBytes(target, f.Content.ToArray());
            }
    }

    /// <summary>
    /// Every file <see cref="SiteRenderer.Render"/> emits, copied (an emitted buffer is valid only during the call)
    /// and ordered by path (ordinal); none when a template has a syntax error.
    /// </summary>
    public static IReadOnlyList<OutputFile> Render(SiteModel model, IReadOnlyList<string> templateDirs, DiagnosticBag diagnostics)
    {
        var files = new List<OutputFile>();
        SiteRenderer.Render(model, templateDirs, diagnostics, file =>
        {
            var copy = file with { Content = file.Content.ToArray() };
            lock (files) files.Add(copy);
        });
        return files.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
    }

    public SiteModel Model { get; }
    public DiagnosticBag Diagnostics { get; }
    public IReadOnlyList<OutputFile> Files { get; }
    public IReadOnlyDictionary<string, OutputFile> ByPath { get; }

    public string Text(string path) => Encoding.UTF8.GetString(ByPath[path].Content.Span);
}
