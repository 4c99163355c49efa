using System.Diagnostics;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ZielSite.Agreements;
using ZielSite.Diagnostics;
using ZielSite.Inputs;
using ZielSite.Text;

/// <summary>
/// <c>--parse ROOT [--agreements DIR] [--runs N] [--dump FILE] [--no-parallel]</c>: times the agreement stage
/// alone. Regions come from ROOT/data/regions.csv, agreements from DIR (default ROOT/content/agreements, every
/// *.txt below it but corrections). Prints single-threaded total, median, p99, max, the 10 slowest files and
/// allocations per agreement, then the build's Parallel.For. <c>--dump FILE</c> writes every parsed agreement
/// in full (all record members, plus the parse --json object) to compare outputs byte for byte.
/// </summary>
internal static class ParseBench
{
    private sealed record Source(string File, string Text, string? CorrectionFile, string? CorrectionText);

    public static int Run(string[] args)
    {
        string root = args[1];
        string? dir = null, dump = null;
        int runs = 5;
        bool parallel = true;
        for (int i = 2; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--agreements": dir = args[++i]; break;
                case "--runs": runs = int.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture); break;
                case "--dump": dump = args[++i]; break;
                case "--no-parallel": parallel = false; break;
                default: throw new ArgumentException("unknown option " + args[i]);
            }
        }
        dir ??= Path.Combine(root, "content", "agreements");
        var bag = new DiagnosticBag();
        IReadOnlyList<Region> regions;
        using (var stream = File.OpenRead(Path.Combine(root, "data", "regions.csv")))
            regions = RegionReader.Read(stream, "data/regions.csv", bag);
        var sources = Load(dir);

        var sw = Stopwatch.StartNew();
        var matcher = RegionMatcher.For(regions);
        double matcherMs = sw.Elapsed.TotalMilliseconds;
        GC.KeepAlive(matcher);

        if (dump != null)
        {
            WriteDump(dump, sources.Select(s => Parse(s, regions)).ToList());
            Console.WriteLine($"dumped {sources.Count} agreements to {dump}");
            if (runs == 0) return 0;
        }

        Console.WriteLine($"{sources.Count} agreements ({sources.Sum(s => (long)s.Text.Length) / sources.Count:N0} chars on average), {regions.Count} regions, {Environment.ProcessorCount} cores, runs {runs}");
        Console.WriteLine($"RegionMatcher build: {matcherMs:F1} ms");

        // Warm-up pass, then single-threaded passes with per-file time and allocations.
        foreach (var s in sources) Parse(s, regions);
        var times = new double[runs][];
        var allocs = new long[sources.Count];
        var totals = new double[runs];
        var cpus = new double[runs];
        long totalAlloc = 0;
        var process = Process.GetCurrentProcess();
        for (int r = 0; r < runs; r++)
        {
            times[r] = new double[sources.Count];
            long a0 = GC.GetTotalAllocatedBytes(precise: true);
            process.Refresh();
            var cpu0 = process.TotalProcessorTime;
            var pass = Stopwatch.StartNew();
            for (int i = 0; i < sources.Count; i++)
            {
                long b0 = GC.GetAllocatedBytesForCurrentThread();
                long t0 = Stopwatch.GetTimestamp();
                Parse(sources[i], regions);
                times[r][i] = Stopwatch.GetElapsedTime(t0).TotalMilliseconds;
                allocs[i] = GC.GetAllocatedBytesForCurrentThread() - b0;
            }
            totals[r] = pass.Elapsed.TotalMilliseconds;
            process.Refresh();
            cpus[r] = (process.TotalProcessorTime - cpu0).TotalMilliseconds;
            totalAlloc = GC.GetTotalAllocatedBytes(precise: true) - a0;
        }
        // Per file: the median over the runs (a GC pause in one run is no property of the file).
        var perFile = Enumerable.Range(0, sources.Count).Select(i => Median(times.Select(t => t[i]).ToArray())).ToArray();
        var sorted = perFile.Order().ToArray();
        Console.WriteLine($"load average: {File.ReadAllText("/proc/loadavg").Trim()}");
        Console.WriteLine($"single-threaded: total {Median(totals):F0} ms (min {totals.Min():F0}, max {totals.Max():F0}; CPU {Median(cpus):F0} ms, min {cpus.Min():F0}), per agreement median {sorted[sorted.Length / 2]:F3} ms, p99 {sorted[(int)(sorted.Length * 0.99)]:F3} ms, max {sorted[^1]:F3} ms, over 2 ms: {sorted.Count(t => t > 2)} ({sorted.Where(t => t > 2).Sum():F0} ms)");
        Console.WriteLine($"allocated: {totalAlloc / (double)sources.Count / 1024:F1} KiB per agreement ({totalAlloc / 1024.0 / 1024:F0} MiB per pass), GC gen0/1/2 so far {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}");
        Console.WriteLine("10 slowest (median ms, KiB allocated, file):");
        foreach (var i in Enumerable.Range(0, sources.Count).OrderByDescending(i => perFile[i]).Take(10))
            Console.WriteLine($"  {perFile[i],8:F3} {allocs[i] / 1024.0,8:F1}  {sources[i].File}");

        if (parallel)
        {
            var ptotals = new double[runs];
            var pcpus = new double[runs];
            var parsed = new Agreement[sources.Count];
            for (int r = 0; r < runs; r++)
            {
                process.Refresh();
                var cpu0 = process.TotalProcessorTime;
                var pass = Stopwatch.StartNew();
                // The loop of ProjectAnalysis.ParseAgreements.
                Parallel.For(0, sources.Count, i => parsed[i] = Parse(sources[i], regions));
                ptotals[r] = pass.Elapsed.TotalMilliseconds;
                process.Refresh();
                pcpus[r] = (process.TotalProcessorTime - cpu0).TotalMilliseconds;
            }
            Console.WriteLine($"Parallel.For: total {Median(ptotals):F0} ms (min {ptotals.Min():F0}, max {ptotals.Max():F0}), CPU {Median(pcpus):F0} ms, speed-up {Median(totals) / Median(ptotals):F2}×");
        }
        Console.WriteLine($"GC: gen0/1/2 {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}, server GC {System.Runtime.GCSettings.IsServerGC}");
        return 0;
    }

    private static Agreement Parse(Source s, IReadOnlyList<Region> regions)
    {
        var a = AgreementParser.Parse(s.File, s.Text, regions);
        if (s.CorrectionFile is not null && s.CorrectionText is not null)
            a = AgreementParser.ApplyCorrections(a, s.CorrectionFile, s.CorrectionText);
        return a;
    }

    private static List<Source> Load(string dir)
    {
        var list = new List<Source>();
        var baseDir = Path.GetDirectoryName(Path.GetFullPath(dir).TrimEnd('/'))!;
        foreach (var path in Directory.EnumerateFiles(dir, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            if (path.EndsWith(ProjectLoader.CorrectionSuffix, StringComparison.OrdinalIgnoreCase)) continue;
            var display = Path.GetRelativePath(baseDir, path).Replace('\\', '/');
            var text = TextDecoder.Decode(File.ReadAllBytes(path)).Text;
            var correction = Path.Combine(Path.GetDirectoryName(path)!, Path.GetFileNameWithoutExtension(path) + ProjectLoader.CorrectionSuffix);
            list.Add(File.Exists(correction)
                ? new Source(display, text, Path.GetRelativePath(baseDir, correction), TextDecoder.Decode(File.ReadAllBytes(correction)).Text)
                : new Source(display, text, null, null));
        }
        return list;
    }

    private static void WriteDump(string path, List<Agreement> agreements)
    {
        var options = new JsonSerializerOptions { WriteIndented = true, IncludeFields = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        using var w = new StreamWriter(path, false, new UTF8Encoding(false));
        foreach (var a in agreements)
        {
            w.Write(JsonSerializer.Serialize(a, options));
            w.Write('\n');
            w.Write(AgreementJson.ToJson(a));
            w.Write('\n');
        }
    }

    private static double Median(double[] t) => t.Order().ElementAt(t.Length / 2);
}
