using System.Diagnostics;
using ZielSite.Caching;
using ZielSite.Diagnostics;
using ZielSite.Inputs;
using ZielSite.Output;
using ZielSite.Publishing;
using ZielSite.Rendering;
using ZielSite.Starter;

namespace ZielSite.Build;

/// <summary>
/// The one place that knows the order of the stages: read inputs → understand agreements (beside reading the data) → compute →
/// render (with narrative), each file written into a staging folder as it is made → swap the staging folder in.
/// Rendering does not start while there are errors; the previous site is replaced only by a complete site
/// without errors (with <c>--strict</c>: without any diagnostic), else the staging folder is removed.
/// </summary>
public static class SiteBuilder
{
    /// <summary>The Kreise and kreisfreien Städte of the Land (shipped boundaries) whose AGS is not a region of the project.</summary>
    private static IReadOnlyList<LandKreis> OtherKreise(string land, IReadOnlyList<Region> regions)
    {
        if (Lander.Find(land) is not { } found) return [];
        var own = regions.Select(r => r.Ags).ToHashSet(StringComparer.Ordinal);
        return [.. StarterProject.KreiseOf(found).Where(k => !own.Contains(k.Ags)).Select(k => new LandKreis(k.Ags, k.Name, k.Kind))];
    }

    public static BuildResult Build(BuildOptions options)
    {
        var diagnostics = new DiagnosticBag();
        var timings = new List<(string, TimeSpan)>();
        var clock = Stopwatch.StartNew();
        void Lap(string stage) { timings.Add((stage, clock.Elapsed)); clock.Restart(); }

        IReadOnlyDictionary<string, string> inputHashes = new Dictionary<string, string>();
        CacheStats? cacheStats = null;
        var outDir = options.ResolvedOutDir;
        if (!SiteWriter.CheckTarget(outDir, options.ProjectRoot, diagnostics)) return Done(false, 0);
        // One build at a time per cache folder, for the whole build (released on return); the output folder's lock
        // is held by the staging site (SiteWriter.Begin).
        using var cacheLock = options.CacheDir is { } cacheDir ? LockCache(cacheDir) : null;
        if (options.CacheDir is not null && cacheLock is null) return Done(false, 0);

        // The cache is made here, once; the stages see only what they use of it, never whether it is on.
        var cache = OpenCache(options, outDir, diagnostics);
        var (inputs, agreements) = ProjectAnalysis.ReadAndParse(options.ProjectRoot, options.BuiltinDir, diagnostics, cache);
        if (options.BaseUrl is not null)
        {
            if (ConfigReader.BaseUrlProblem(options.BaseUrl) is { } problem)
                diagnostics.Error(DiagnosticCodes.BaseUrlInvalid, new SourceSpan("--base-url"), $"--base-url {problem}");
            else inputs = inputs with { Config = inputs.Config with { BaseUrl = options.BaseUrl } };
        }
        var archive = ProjectArchive.Read(inputs.Root, diagnostics);
        inputHashes = new SortedDictionary<string, string>(inputs.InputHashes.Concat(archive.Hashes).ToDictionary(), StringComparer.Ordinal);
        Lap("read inputs, understand agreements");
        var computed = ProjectAnalysis.Compute(inputs, agreements, diagnostics);
        var results = computed.Results;
        Lap("compute");
        if (Stop()) return Done(false, 0);

        var model = new SiteModel(inputs.Config, inputs.Regions, results.Select(r => r.Year).Distinct().Order().ToList(),
            results, agreements, inputs.Pages, inputs.Provenance, inputs.Data, options.GeneratedAt) { ArchivedYears = archive.Years, Map = inputs.Map, LandResults = computed.LandResults,
                OtherKreise = OtherKreise(inputs.Config.Land, inputs.Regions) };
        // Units whose fingerprint (content of everything they are made from) is unchanged are taken from the cache.
        if (cache.Key(inputs, archive, (options.BaseUrl, options.GeneratedAt, options.Strict), model)) Lap("cache keys");
        // Every file goes into the staging folder as soon as it is made (the site is never held in memory), and
        // the link check scans each page as it passes; only a complete build without errors is swapped in.
        try
        {
            using var staging = SiteWriter.Begin(outDir);
            var links = new LinkIndex();
            foreach (var a in Attribution.Of(model.Provenance)) if (a.Url is { } url) links.AllowLink(url);
            cache.Attach(staging, links);
            void Emit(OutputFile file)
            {
                links.Add(file);
                staging.Add(file);
            }
            var rendered = SiteRenderer.Render(model, inputs.TemplateDirs, diagnostics, Emit, cache);
            if (rendered)
            {
                SourceCopies(inputs, agreements, Emit, cache);
                Emit((ResultsDocument.FromResults(results, model.IsSample) with { Attribution = Attribution.LineOf(model.Provenance) }).ToOutputFile());
                foreach (var file in archive.Files) Emit(file);
            }
            Lap("render");
            if (!rendered || Stop()) return Done(false, 0); // broken pages would only add link warnings that follow from the error
            links.Check(diagnostics, severity: options.Strict ? Severity.Error : Severity.Warning);
            Lap("check links");
            if (Stop()) return Done(false, 0);

            // The previous site is removed on another thread while the cache is saved (Dispose waits for it).
            staging.Commit(removeOldInBackground: true);
            Lap("write");
            cacheStats = cache.Save(outDir, links);
            if (cacheStats is not null) Lap("save cache");
            var count = staging.Count;
            staging.Dispose();
            Lap("remove previous site");
            return Done(true, count);
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

        FileStream? LockCache(string folder)
        {
            try
            {
                return SiteWriter.Lock(SiteWriter.LockPath(folder), Path.GetFullPath(folder), options.LockWait);
            }
            catch (IOException e)
            {
                diagnostics.Error(DiagnosticCodes.CacheLocked, new SourceSpan(folder), $"the cache folder is in use by another build; nothing was changed: {e.Message}");
                return null;
            }
        }

        bool Stop() => diagnostics.HasErrors || (options.Strict && diagnostics.Count > 0);

        BuildResult Done(bool written, int count)
        {
            var list = diagnostics.ToSortedList();
            if (options.Strict) list = list.Select(d => d with { Severity = Severity.Error }).ToList();
            return new BuildResult(list, written, count, timings) { InputHashes = inputHashes, Cache = cacheStats };
        }
    }

    /// <summary>The original agreement files, published under <c>quellen/</c> so every page can link its source (from the cache where unchanged).</summary>
    private static void SourceCopies(ProjectInputs inputs, IReadOnlyList<Agreements.Agreement> agreements, Action<OutputFile> emit, IOutputReuse reuse)
    {
        for (var i = 0; i < inputs.Agreements.Count; i++)
        {
            var unit = IOutputReuse.SourceUnit(inputs.Agreements[i].File);
            if (reuse.TryReuse(unit) is not null) continue;
            var path = AgreementSources.SitePath(agreements[i]);
            emit(new OutputFile(path, File.ReadAllBytes(inputs.Agreements[i].FullPath)));
            reuse.Rendered(unit, [path]);
        }
    }

    /// <summary>
    /// The rebuild cache of this build: in <see cref="BuildOptions.CacheDir"/>, or none (no folder given, or one the
    /// output folder would remove: an error).
    /// </summary>
    private static IBuildCache OpenCache(BuildOptions options, string outDir, DiagnosticBag diagnostics) =>
        options.CacheDir is { } dir && CheckCache(dir, outDir, diagnostics) ? RebuildCache.Open(dir) : NoBuildCache.Instance;

    /// <summary>The cache folder must not lie inside the output folder (the swap would remove it) nor inside an input folder.</summary>
    private static bool CheckCache(string cacheDir, string outDir, DiagnosticBag diagnostics)
    {
        var cache = Path.GetFullPath(cacheDir).TrimEnd(Path.DirectorySeparatorChar);
        var site = Path.GetFullPath(outDir).TrimEnd(Path.DirectorySeparatorChar);
        if (cache == site || cache.StartsWith(site + Path.DirectorySeparatorChar, StringComparison.Ordinal) || site.StartsWith(cache + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            diagnostics.Error(DiagnosticCodes.OutputRefused, new SourceSpan(cacheDir), "the cache folder and the output folder must not contain each other; choose another --cache folder");
            return false;
        }
        return true;
    }
}
