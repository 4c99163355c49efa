using System.Diagnostics;
using System.Text;
using ZielSite.Diagnostics;
using ZielSite.Inputs;

namespace ZielSite.Tests.Hardening;

/// <summary>
/// Issue 8 §5: an observation file is streamed, so memory does not grow with its size (only with the number of
/// distinct cells); inputs beyond the supported limits get one clear error.
/// </summary>
public sealed class LargeInputTests
{
    private static readonly string[] Measures = ["elb", "elb_f", "elb_m", "integrationen", "lzb", "lzb_4j", "bg", "llu"];

    /// <summary>
    /// Writes the same 34,560 distinct cells (3 regions × 120 years × 12 months × 8 measures, ≈ 0.9 MB) and then
    /// repeats all rows <paramref name="repeats"/> times with the same values (duplicates are a warning, and need no
    /// new cell). Returns the file size.
    /// </summary>
    private static long Generate(string path, int repeats)
    {
        using var w = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16);
        w.Write("ags;month;measure;value\n");
        var block = new StringBuilder();
        foreach (var ags in new[] { "05113", "05117", "05122" })
            for (var year = 1900; year < 2020; year++)
                for (var month = 1; month <= 12; month++)
                    for (var m = 0; m < Measures.Length; m++)
                        block.Append(ags).Append(';').Append(year).Append('-').Append(month.ToString("D2", System.Globalization.CultureInfo.InvariantCulture)).Append(';')
                            .Append(Measures[m]).Append(';').Append((year * 31 + month * 7 + m) % 100000).Append('\n');
        var text = block.ToString();
        for (var i = 0; i <= repeats; i++) w.Write(text);
        w.Flush();
        return w.BaseStream.Length;
    }

    private static (long Allocated, int Cells, IReadOnlyList<Diagnostic> Diagnostics) Read(string path)
    {
        var known = new HashSet<string>(["05113", "05117", "05122"], StringComparer.Ordinal);
        var bag = new DiagnosticBag();
        var builder = new ObservationTable.Builder();
        GC.Collect();
        var before = GC.GetAllocatedBytesForCurrentThread();
        using (var stream = File.OpenRead(path)) ObservationReader.Read(stream, "data/big.csv", known, builder, bag);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        return (allocated, builder.Count, bag.ToSortedList());
    }

    [Fact]
    [Trait("Category", "Slow")] // a 130 MB input
    public void A_large_file_is_read_with_memory_that_does_not_grow_with_its_size()
    {
        using var temp = new TempDir();
        var smallSize = Generate(temp["small.csv"], repeats: 1);
        var largeSize = Generate(temp["large.csv"], repeats: 150); // ≈ 130 MB
        var small = Read(temp["small.csv"]);
        var large = Read(temp["large.csv"]);

        Assert.True(largeSize > 100_000_000, $"{largeSize} bytes");
        // The same cells in both: 3 × 120 × 12 × 8 = 34,560.
        Assert.Equal(34_560, small.Cells);
        Assert.Equal(34_560, large.Cells);
        // Every repeated row is accounted for in one summary warning per file (nothing dropped silently).
        var repeat = Assert.Single(large.Diagnostics);
        Assert.Equal(DiagnosticCodes.CsvDuplicate, repeat.Code);
        Assert.Contains($"{34_560 * 150} values are given twice", repeat.Message);
        // 150 times the rows cost (almost) no more memory: the extra allocation is under 1 % of the extra bytes read.
        var extraBytes = largeSize - smallSize;
        var extraAllocated = large.Allocated - small.Allocated;
        Assert.True(extraAllocated < extraBytes / 100,
            $"read {largeSize:N0} bytes with {large.Allocated:N0} bytes allocated, {smallSize:N0} with {small.Allocated:N0}");
    }

    [Fact]
    public void An_agreement_file_over_the_limit_is_one_clear_error()
    {
        using var p = new TestProject();
        var big = new string('x', 100) + "\n";
        using (var w = new StreamWriter(p["content/agreements/2025/gross.txt"]))
            for (var i = 0; i < (ProjectLoader.MaxTextFileBytes / big.Length) + 10; i++) w.Write(big);
        var bag = new DiagnosticBag();
        ZielSite.Build.ProjectAnalysis.Run(p.Root, TestPaths.BuiltinDir, bag);
        var d = Assert.Single(bag.ToSortedList());
        Assert.Equal(DiagnosticCodes.InputUnreadable, d.Code);
        Assert.Equal("content/agreements/2025/gross.txt", d.Span.File);
        Assert.Contains("larger than 8 MB are not supported", d.Message);
    }

    [Fact]
    public void A_regions_file_over_16_MB_is_refused_before_it_is_read()
    {
        using var p = new TestProject();
        using (var f = new FileStream(p["data/regions.csv"], FileMode.Append))
            f.SetLength(ProjectLoader.MaxRegionFileBytes + 1); // a sparse tail of NULs: no reader may get to see it
        var bag = new DiagnosticBag();
        ZielSite.Build.ProjectAnalysis.Run(p.Root, TestPaths.BuiltinDir, bag);
        var d = bag.ToSortedList().First(x => x.Span.File == "data/regions.csv");
        Assert.Equal(DiagnosticCodes.CsvFileUnreadable, d.Code);
        Assert.Equal($"the file has {ProjectLoader.MaxRegionFileBytes + 1} bytes; files of this kind larger than 16 MB (16777216 bytes) are not read", d.Message);
    }
}
