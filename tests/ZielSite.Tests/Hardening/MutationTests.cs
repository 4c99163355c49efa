using System.Text;
using ZielSite.Agreements;
using ZielSite.Diagnostics;
using ZielSite.Inputs;
using ZielSite.Text;

namespace ZielSite.Tests.Hardening;

/// <summary>
/// Issue 8 §6: random mutations of the seed agreement and of data files never crash the readers: every run ends in
/// a result or in diagnostics, and a data file that lost cells says so. Fixed seeds, bounded in time.
/// </summary>
public sealed class MutationTests
{
    private static string SeedPath => Path.Combine(TestPaths.RepoRoot, "content", "agreements", "2023", "kreis-borken.txt");

    private static IReadOnlyList<Region> Regions()
    {
        var bag = new DiagnosticBag();
        using var s = File.OpenRead(Path.Combine(TestPaths.RepoRoot, "data", "regions.csv"));
        return RegionReader.Read(s, "data/regions.csv", bag);
    }

    [Fact]
    public void Mutated_agreements_end_in_targets_or_an_error()
    {
        var seed = File.ReadAllBytes(SeedPath);
        var regions = Regions();
        var random = new Random(4808);
        for (var i = 0; i < 300; i++)
        {
            var (kind, bytes) = Mutations.Mutate(seed, random, i);
            var text = TextDecoder.Decode(bytes).Text;
            Agreement a;
            try
            {
                a = AgreementParser.Parse("mutant.txt", text, regions);
            }
            catch (Exception e)
            {
                throw new InvalidOperationException($"mutation {i} ({kind}) crashed the parser", e);
            }
            Assert.True(a.Targets.Count > 0 || a.Diagnostics.Any(d => d.IsError), $"mutation {i} ({kind}): no target and no error");
            Assert.All(a.Diagnostics, d => Assert.Equal("mutant.txt", d.Span.File));
            Assert.All(a.Targets, t => Assert.True(double.IsFinite(t.Value), $"mutation {i}: target {t.Key} = {t.Value}"));
        }
    }

    [Fact]
    public void Mutated_data_files_end_in_values_or_diagnostics_and_never_lose_cells_silently()
    {
        var original = File.ReadAllBytes(Path.Combine(ProjectCase.CorpusRoot, ProjectCase.BaseName, "data", "kennzahlen", "2025.csv"));
        var known = new HashSet<string>(["05113", "05117"], StringComparer.Ordinal);
        var baseline = ReadObservations(original, known).Cells;
        var random = new Random(4809);
        for (var i = 0; i < 300; i++)
        {
            var (kind, bytes) = Mutations.MutateCsv(original, random, i);
            (int Cells, IReadOnlyList<Diagnostic> Diagnostics) r;
            try
            {
                r = ReadObservations(bytes, known);
            }
            catch (Exception e)
            {
                throw new InvalidOperationException($"mutation {i} ({kind}) crashed the reader", e);
            }
            // A truncated file may end in an empty value cell, which means "no value" by the format.
            if (r.Cells < baseline && kind != "truncate")
                Assert.True(r.Diagnostics.Count > 0, $"mutation {i} ({kind}): {baseline - r.Cells} cells lost without a diagnostic");
            Assert.All(r.Diagnostics, d => Assert.True(d.Span.Line >= 0 && d.Span.File == "data/x.csv"));
        }
    }

    [Fact]
    public void Mutated_region_lists_end_in_regions_or_diagnostics()
    {
        var original = File.ReadAllBytes(Path.Combine(TestPaths.RepoRoot, "data", "regions.csv"));
        var random = new Random(4810);
        for (var i = 0; i < 200; i++)
        {
            var (kind, bytes) = Mutations.MutateCsv(original, random, i);
            var bag = new DiagnosticBag();
            IReadOnlyList<Region> regions;
            try
            {
                regions = RegionReader.Read(new MemoryStream(bytes), "data/regions.csv", bag);
            }
            catch (Exception e)
            {
                throw new InvalidOperationException($"mutation {i} ({kind}) crashed the reader", e);
            }
            if (regions.Count < 18 && kind != "truncate")
                Assert.True(bag.Count > 0, $"mutation {i} ({kind}): {18 - regions.Count} regions lost without a diagnostic");
            Assert.All(regions, r => Assert.Matches("^[a-z0-9]+(-[a-z0-9]+)*$", r.Slug));
        }
    }

    private static (int Cells, IReadOnlyList<Diagnostic> Diagnostics) ReadObservations(byte[] bytes, IReadOnlySet<string> known)
    {
        var bag = new DiagnosticBag();
        var builder = new ObservationTable.Builder();
        ObservationReader.Read(new MemoryStream(bytes), "data/x.csv", known, builder, bag);
        builder.Build();
        return (builder.Count, bag.ToSortedList());
    }
}
