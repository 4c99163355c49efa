using ZielSite.Agreements;
using ZielSite.Caching;
using ZielSite.Diagnostics;
using ZielSite.Indicators;
using ZielSite.Inputs;
using ZielSite.Templates;

namespace ZielSite.Build;

/// <summary>
/// A project read, understood and computed: the first three stages, shared by <c>build</c>, <c>check</c>,
/// <c>indicators</c> and <c>export</c>.
/// </summary>
public sealed record ProjectAnalysis(ProjectInputs Inputs, IReadOnlyList<Agreement> Agreements, IReadOnlyList<RegionYearResult> Results)
{
    /// <summary>The Land-level agreements judged on the total of all regions (<see cref="ResultCalculator.ComputeLand"/>).</summary>
    public IReadOnlyList<LandResult> LandResults { get; init; } = [];

    /// <summary>Reads the project, checks the templates' syntax, parses every agreement (applying editors' corrections) and computes every result.</summary>
    public static ProjectAnalysis Run(string root, string? builtinDir, DiagnosticBag diagnostics)
    {
        var (inputs, agreements) = ReadAndParse(root, builtinDir, diagnostics);
        // Templates are inputs too: `check` reports their syntax errors (with file and line) as `build` would.
        TemplateSet.Load(inputs.TemplateDirs, diagnostics);
        return Compute(inputs, agreements, diagnostics);
    }

    /// <summary>
    /// The compute stage: every region's result per year (<see cref="ResultCalculator.Compute"/>) and every Land-level
    /// agreement judged on the total (<see cref="ResultCalculator.ComputeLand"/>).
    /// </summary>
    public static ProjectAnalysis Compute(ProjectInputs inputs, IReadOnlyList<Agreement> agreements, DiagnosticBag diagnostics)
    {
        var results = ResultCalculator.Compute(inputs.Data, inputs.Regions, agreements, inputs.Config.RoundedComparison, diagnostics);
        var land = ResultCalculator.ComputeLand(inputs.Data, agreements, inputs.Config.RoundedComparison);
        return new ProjectAnalysis(inputs, agreements, results) { LandResults = land };
    }

    /// <summary>
    /// The first two stages, overlapped: once config and regions are read, another thread reads the data files
    /// while this one reads the agreement texts and parses them (neither depends on the other; at Germany scale the
    /// data files take about a second on one core). The diagnostics are the same as reading first and parsing after.
    /// </summary>
    public static (ProjectInputs Inputs, IReadOnlyList<Agreement> Agreements) ReadAndParse(string root, string? builtinDir, DiagnosticBag diagnostics) =>
        ReadAndParse(root, builtinDir, diagnostics, NoBuildCache.Instance);

    /// <inheritdoc cref="ReadAndParse(string, string?, DiagnosticBag)"/>
    /// <param name="cache">Parsed agreements of earlier builds (an unchanged file is not parsed again).</param>
    internal static (ProjectInputs Inputs, IReadOnlyList<Agreement> Agreements) ReadAndParse(string root, string? builtinDir, DiagnosticBag diagnostics,
        IAgreementReuse cache)
    {
        var basics = ProjectLoader.LoadBasics(root, diagnostics);
        // A bag of its own: readers that compare diagnostic counts must not see the other thread's diagnostics.
        var dataDiagnostics = new DiagnosticBag();
        var reading = Task.Run(() => ProjectLoader.LoadData(basics, dataDiagnostics));
        ProjectInputs sources;
        IReadOnlyList<Agreement> agreements;
        try
        {
            sources = ProjectLoader.LoadSources(basics, builtinDir, diagnostics);
            agreements = ParseAgreements(sources, diagnostics, cache);
        }
        finally
        {
            // Never leave the reader running behind an exception (its own exception, if any, is rethrown below).
            ((IAsyncResult)reading).AsyncWaitHandle.WaitOne();
        }
        var inputs = ProjectLoader.Join(sources, reading.GetAwaiter().GetResult());
        diagnostics.AddRange(dataDiagnostics.ToSortedList());
        return (inputs, agreements);
    }

    /// <summary>Parses all agreements in parallel (order kept), applies corrections, and reports two agreements for one region and year.</summary>
    public static IReadOnlyList<Agreement> ParseAgreements(ProjectInputs inputs, DiagnosticBag diagnostics) =>
        ParseAgreements(inputs, diagnostics, NoBuildCache.Instance);

    /// <inheritdoc cref="ParseAgreements(ProjectInputs, DiagnosticBag)"/>
    /// <param name="cache">Parsed agreements of earlier builds (an unchanged file is not parsed again).</param>
    internal static IReadOnlyList<Agreement> ParseAgreements(ProjectInputs inputs, DiagnosticBag diagnostics, IAgreementReuse cache)
    {
        var sources = inputs.Agreements;
        var parsed = new Agreement[sources.Count];
        Agreement Parse(AgreementSource s) => AgreementFiles.Parse(s, inputs.Regions);
        Parallel.For(0, sources.Count, i => parsed[i] = cache.Parse(sources[i], inputs, Parse));
        var seen = new Dictionary<(string, int), Agreement>();
        foreach (var a in parsed)
        {
            // Without any region (regions.csv missing or broken, reported there) no agreement's region can be matched.
            diagnostics.AddRange(inputs.Regions.Count > 0 ? a.Diagnostics
                : a.Diagnostics.Where(d => d.Code is not (DiagnosticCodes.AgreementRegionMissing or DiagnosticCodes.AgreementRegionUnknown)));
            if (a.Ags is null || a.Year is null) continue;
            if (!seen.TryAdd((a.Ags, a.Year.Value), a))
            {
                var first = seen[(a.Ags, a.Year.Value)];
                diagnostics.Error(DiagnosticCodes.AgreementDuplicate, new SourceSpan(a.File, 1),
                    $"a second agreement for {a.RegionName} {a.Year}; the first is {first.File}");
            }
        }
        return parsed;
    }
}
