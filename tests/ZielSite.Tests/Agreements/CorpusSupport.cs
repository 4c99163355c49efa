using ZielSite.Diagnostics;
using ZielSite.Inputs;

namespace ZielSite.Tests.Agreements;

/// <summary>Finds the repository (the folder with ZielSite.sln) and reads the regions of <c>data/regions.csv</c>.</summary>
internal static class CorpusSupport
{
    public static string RepoRoot { get; } = FindRoot();

    public static string AgreementCorpus => Path.Combine(RepoRoot, "tests", "corpus", "agreements");

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir != null && !File.Exists(Path.Combine(dir.FullName, "ZielSite.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("ZielSite.sln not found above " + AppContext.BaseDirectory);
    }

    private static readonly Lazy<IReadOnlyList<Region>> LazyRegions = new(() =>
        File.ReadAllLines(Path.Combine(RepoRoot, "data", "regions.csv"))
            .Skip(1)
            .Where(l => l.Trim().Length > 0)
            .Select((l, i) =>
            {
                var p = l.Split(';');
                return new Region(p[0], p[1], Enum.Parse<RegionKind>(p[2]), Slug.From(p[1]),
                    new SourceSpan("data/regions.csv", i + 2), new Dictionary<string, string>());
            })
            .ToList());

    public static IReadOnlyList<Region> Regions => LazyRegions.Value;

    private static readonly Lazy<IReadOnlyList<Region>> LazyNationwide = new(() =>
    {
        using var stream = File.OpenRead(Path.Combine(RepoRoot, "tests", "corpus", "regions", "kreise-2021.csv"));
        return RegionReader.Read(stream, "kreise-2021.csv", new DiagnosticBag());
    });

    /// <summary>Every Kreis of Germany (tests/corpus/regions/kreise-2021.csv), for corpus cases named "de-…".</summary>
    public static IReadOnlyList<Region> Nationwide => LazyNationwide.Value;

    /// <summary>The regions a corpus case is read with: Germany for "de-…" cases, NRW (data/regions.csv) otherwise.</summary>
    public static IReadOnlyList<Region> RegionsFor(string caseName) => caseName.StartsWith("de-", StringComparison.Ordinal) ? Nationwide : Regions;

    public static string Seed => File.ReadAllText(Path.Combine(RepoRoot, "content", "agreements", "2023", "kreis-borken.txt"));
}
