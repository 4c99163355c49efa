namespace ZielSite.Sample;

/// <summary>
/// Writes a complete sample project (regions.csv, monthly data, provenance, agreements) for <c>zielsite sample</c>.
/// Same options, same bytes: all randomness comes from <see cref="SampleRandom"/> streams of the seed.
/// </summary>
public static class SampleGenerator
{
    /// <summary>
    /// Writes the project into <paramref name="outDir"/> (created if needed). Files it writes are replaced; other files
    /// are left alone; with <see cref="SampleOptions.KeepExistingAgreements"/> existing agreement files are kept.
    /// Throws <see cref="ArgumentException"/> for options that <see cref="SampleOptions.Validate"/> rejects (callers
    /// validate first) and I/O exceptions.
    /// </summary>
    public static void Write(string outDir, SampleOptions options)
    {
        EnsureValid(options);
        var regions = Regions(options);
        var dataDir = Path.Combine(outDir, "data");
        SampleDataWriter.WriteRegions(Path.Combine(dataDir, "regions.csv"), regions, options.Seed);
        SampleDataWriter.WriteObservations(dataDir, Series(regions, options), options);
        SampleDataWriter.WriteProvenance(Path.Combine(dataDir, "provenance.json"), options);
        foreach (var (path, text) in SampleSettings.Files) SampleDataWriter.WriteText(Path.Combine(outDir, path), text);
        foreach (var agreement in EnumerateAgreements(regions, options))
        {
            var path = Path.Combine(outDir, agreement.Path.Replace('/', Path.DirectorySeparatorChar));
            if (options.KeepExistingAgreements && File.Exists(path)) continue;
            SampleDataWriter.WriteText(path, agreement.Text);
        }
    }

    /// <summary>
    /// Every generated agreement with its expected targets: one per region and year except the first year of data
    /// (a target needs a previous year), by region (AGS order), then year. Independent of the file system: with
    /// <see cref="SampleOptions.KeepExistingAgreements"/> a file that already exists keeps its own text (in the
    /// repository, Kreis Borken 2023 is the real agreement, whose targets are the same as the generated ones).
    /// </summary>
    public static IReadOnlyList<GeneratedAgreement> Agreements(SampleOptions options) =>
        EnumerateAgreements(Regions(options), options).ToArray();

    private static IEnumerable<GeneratedAgreement> EnumerateAgreements(IReadOnlyList<SampleRegion> regions, SampleOptions options)
    {
        foreach (var region in regions)
        {
            for (var year = options.FirstYear + 1; year <= options.LastYear; year++)
                yield return AgreementGenerator.Generate(region, year, options.Seed, options.Wording);
        }
    }

    /// <summary>The regions of the project, in AGS order (the order of <c>data/regions.csv</c>).</summary>
    public static IReadOnlyList<SampleRegion> Regions(SampleOptions options)
    {
        EnsureValid(options);
        return SampleRegions.Build(options.Regions, options.Seed);
    }

    internal static IReadOnlyList<RegionSeries> Series(IReadOnlyList<SampleRegion> regions, SampleOptions options) =>
        regions.Select(r => SeriesGenerator.Generate(r, RegionProfiles.For(r, options.Seed), options.Seed, options.FirstYear, options.LastYear))
            .ToArray();

    private static void EnsureValid(SampleOptions options)
    {
        var problems = options.Validate();
        if (problems.Count > 0) throw new ArgumentException(string.Join(" ", problems), nameof(options));
    }
}
