using System.Diagnostics;
using ZielSite.Diagnostics;
using ZielSite.Inputs;
using ZielSite.Output;
using ZielSite.Publishing;
using ZielSite.Rendering;

namespace ZielSite.Build;

/// <summary>
/// The one place that knows the order of the stages: read inputs → understand agreements (beside reading the data) → compute →
/// render (with narrative), each file written into a staging folder as it is made → swap the staging folder in.
/// Rendering does not start while there are errors; the previous site is replaced only by a complete site
/// without errors (with <c>--strict</c>: without any diagnostic), else the staging folder is removed.
/// </summary>
public static class SiteBuilder
{
    public static BuildResult Build(BuildOptions options)
    {
        var diagnostics = new DiagnosticBag();
        var timings = new List<(string, TimeSpan)>();
        var clock = Stopwatch.StartNew();
        void Lap(string stage) { timings.Add((stage, clock.Elapsed)); clock.Restart(); }

        IReadOnlyDictionary<string, string> inputHashes = new Dictionary<string, string>();
        var outDir = options.ResolvedOutDir;
        if (!SiteWriter.CheckTarget(outDir, options.ProjectRoot, diagnostics)) return Done(false, 0);

        var (inputs, agreements) = ProjectAnalysis.ReadAndParse(options.ProjectRoot, options.BuiltinDir, diagnostics);
        if (options.BaseUrl is not null) inputs = inputs with { Config = inputs.Config with { BaseUrl = options.BaseUrl } };
        var archive = ProjectArchive.Read(inputs.Root, diagnostics);
        inputHashes = new SortedDictionary<string, string>(inputs.InputHashes.Concat(archive.Hashes).ToDictionary(), StringComparer.Ordinal);
        Lap("read inputs, understand agreements");
        var results = Indicators.ResultCalculator.Compute(inputs.Data, inputs.Regions, agreements, inputs.Config.RoundedComparison, diagnostics);
        Lap("compute");
        if (Stop()) return Done(false, 0);

        var model = new SiteModel(inputs.Config, inputs.Regions, results.Select(r => r.Year).Distinct().Order().ToList(),
            results, agreements, inputs.Pages, inputs.Provenance, inputs.Data, options.GeneratedAt) { ArchivedYears = archive.Years };
        // Every file goes into the staging folder as soon as it is made (the site is never held in memory), and
        // the link check scans each page as it passes; only a complete build without errors is swapped in.
        try
        {
            using var staging = SiteWriter.Begin(outDir);
            var links = new LinkIndex();
            void Emit(OutputFile file)
            {
                links.Add(file);
                staging.Add(file);
            }
            var rendered = SiteRenderer.Render(model, inputs.TemplateDirs, diagnostics, Emit);
            if (rendered)
            {
                foreach (var file in SourceCopies(inputs, agreements)) Emit(file);
                Emit(ResultsDocument.FromResults(results, model.IsSample).ToOutputFile());
                foreach (var file in archive.Files) Emit(file);
            }
            Lap("render");
            if (!rendered || Stop()) return Done(false, 0); // broken pages would only add link warnings that follow from the error
            links.Check(diagnostics, severity: options.Strict ? Severity.Error : Severity.Warning);
            Lap("check links");
            if (Stop()) return Done(false, 0);

            staging.Commit();
            Lap("write");
            return Done(true, staging.Count);
        }
        catch (Exception e) when (IsOutputFailure(e))
        {
            // The staging folder is removed and the previous site left in place on any failure.
            var message = e is AggregateException a ? a.Flatten().InnerExceptions[0].Message : e.Message;
            diagnostics.Error(DiagnosticCodes.OutputFailed, new SourceSpan(outDir), $"the site could not be written; the previous output is unchanged: {message}");
            return Done(false, 0);
        }

        static bool IsOutputFailure(Exception e) =>
            e is IOException or UnauthorizedAccessException or InvalidOperationException
            || (e is AggregateException a && a.Flatten().InnerExceptions.All(IsOutputFailure)); // from the parallel render

        bool Stop() => diagnostics.HasErrors || (options.Strict && diagnostics.Count > 0);

        BuildResult Done(bool written, int count)
        {
            var list = diagnostics.ToSortedList();
            if (options.Strict) list = list.Select(d => d with { Severity = Severity.Error }).ToList();
            return new BuildResult(list, written, count, timings) { InputHashes = inputHashes };
        }
    }

    /// <summary>The original agreement files, published under <c>quellen/</c> so every page can link its source.</summary>
    private static IEnumerable<OutputFile> SourceCopies(ProjectInputs inputs, IReadOnlyList<Agreements.Agreement> agreements) =>
        inputs.Agreements.Select((a, i) => new OutputFile(AgreementSources.SitePath(agreements[i]), File.ReadAllBytes(a.FullPath)));
}
