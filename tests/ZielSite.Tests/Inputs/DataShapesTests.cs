using ZielSite.Build;
using ZielSite.Diagnostics;
using ZielSite.Inputs;
using ZielSite.Sample;
using ZielSite.Tests.Hardening;

namespace ZielSite.Tests.Inputs;

/// <summary>
/// The default project's data in all four shapes (long CSV, wide CSV, a workbook, and mixed across files) give the
/// same site byte for byte: the shapes are only ways of writing the same values.
/// </summary>
public sealed class DataShapesTests
{
    [Fact]
    public void The_default_project_in_four_shapes_gives_byte_identical_sites()
    {
        using var temp = new TempDir();
        var sites = new Dictionary<string, SortedDictionary<string, byte[]>>();
        var bag = new DiagnosticBag();
        var inputs = ProjectLoader.Load(TestPaths.RepoRoot, TestPaths.BuiltinDir, bag);
        Assert.False(bag.HasErrors);
        var data = inputs.Data;
        var regions = inputs.Regions.Select(r => (r.Ags, r.Name)).ToList();
        double? Value(string ags, Measure m, YearMonth month) => data.Get(ags, m, month);
        var years = Enumerable.Range(data.First.Year, data.Last.Year - data.First.Year + 1)
            .Select(y => (Sheet: y.ToString(System.Globalization.CultureInfo.InvariantCulture), From: new YearMonth(y, 1) < data.First ? data.First : new YearMonth(y, 1), To: new YearMonth(y, 12) > data.Last ? data.Last : new YearMonth(y, 12)))
            .ToList();
        Assert.True(years.Count >= 4);

        foreach (var shape in new[] { "long", "wide", "xlsx", "mixed" })
        {
            var root = temp[shape];
            Copy(Path.Combine(TestPaths.RepoRoot, "content"), Path.Combine(root, "content"));
            var dataDir = Path.Combine(root, "data");
            Directory.CreateDirectory(dataDir);
            File.Copy(Path.Combine(TestPaths.RepoRoot, "data", "regions.csv"), Path.Combine(dataDir, "regions.csv"));
            File.Copy(Path.Combine(TestPaths.RepoRoot, "data", "provenance.json"), Path.Combine(dataDir, "provenance.json"));
            File.Copy(Path.Combine(TestPaths.RepoRoot, "zielsite.json"), Path.Combine(root, "zielsite.json")); // the default project's settings
            for (var i = 0; i < years.Count; i++)
            {
                var (sheet, from, to) = years[i];
                var kind = shape == "mixed" ? new[] { "long", "wide", "xlsx" }[i % 3] : shape;
                var file = Path.Combine(dataDir, "kennzahlen", sheet + (kind == "xlsx" ? ".xlsx" : ".csv"));
                Directory.CreateDirectory(Path.GetDirectoryName(file)!);
                if (kind == "long")
                {
                    using var w = new StreamWriter(file);
                    w.Write("ags;month;measure;value\n");
                    foreach (var (ags, _) in regions)
                        for (var m = from; m <= to; m = m.AddMonths(1))
                            foreach (var measure in MeasureNames.All)
                                if (data.Get(ags, measure, m) is { } v)
                                    w.Write($"{ags};{m};{MeasureNames.Name(measure)};{v.ToString("R", System.Globalization.CultureInfo.InvariantCulture)}\n");
                }
                else if (kind == "wide") WideDataWriter.WriteCsv(file, regions, from, to, Value);
                else WideDataWriter.WriteXlsx(file, regions, [(sheet, from, to)], Value);
            }
            var result = SiteBuilder.Build(new BuildOptions(root, Path.Combine(temp.Path, "site-" + shape), BuiltinDir: TestPaths.BuiltinDir));
            Assert.True(result.Written, $"{shape}: {string.Join("\n", result.Diagnostics)}");
            Assert.Empty(result.Diagnostics);
            sites[shape] = TestProject.Snapshot(Path.Combine(temp.Path, "site-" + shape));
        }

        var reference = sites["long"];
        Assert.True(reference.Count > 100);
        foreach (var shape in new[] { "wide", "xlsx", "mixed" })
        {
            Assert.Equal(reference.Keys, sites[shape].Keys);
            foreach (var (path, bytes) in reference)
                Assert.True(bytes.AsSpan().SequenceEqual(sites[shape][path]), $"{shape}: {path} differs from the long-CSV site");
        }
    }

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var dest = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(dest)!);
            File.Copy(file, dest);
        }
    }
}
