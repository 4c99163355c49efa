using System.Diagnostics;
using System.Globalization;
using System.Text;
using ZielSite.Diagnostics;
using ZielSite.Indicators;
using ZielSite.Inputs;

if (args.Length >= 2 && args[0] == "--parse") return ParseBench.Run(args);

// Plain timed harness: one warm-up run, then the median of 5 runs of each stage.
// Data: 404 regions × 10 years × 12 months × 14 measures, deterministic pseudo-random (seed 48).
const int RegionCount = 404, Years = 10, FirstYear = 2015, Runs = 5;

var regions = Enumerable.Range(0, RegionCount)
    .Select(i => new Region($"{10000 + i * 7:D5}", $"Kreis {i:D3}", RegionKind.Kreis, $"kreis-{i:D3}", new SourceSpan("data/regions.csv", i + 2), new Dictionary<string, string>()))
    .ToArray();
var path = Path.Combine(Path.GetTempPath(), $"zielsite-bench-{Environment.ProcessId}.csv");
var rows = WriteCsv(path, regions);
var bytes = new FileInfo(path).Length;
var known = regions.Select(r => r.Ags).ToHashSet(StringComparer.Ordinal);

ObservationTable Read()
{
    var builder = new ObservationTable.Builder();
    var bag = new DiagnosticBag();
    using (var stream = File.OpenRead(path)) ObservationReader.Read(stream, "data/bench.csv", known, builder, bag);
    if (bag.Count > 0) throw new InvalidOperationException(bag.ToSortedList()[0].ToString());
    return builder.Build();
}

var data = Read();
if (args.Contains("--data-shapes"))
{
    File.Delete(path);
    return DataShapesBench.Run(regions, data, FirstYear, Years);
}
IReadOnlyList<RegionYearResult> Compute() => ResultCalculator.Compute(data, regions, [], true, new DiagnosticBag());

var read = Time(() => Read());
var compute = Time(() => Compute());
var single = Time(() =>
{
    foreach (var r in regions)
        for (var y = FirstYear; y < FirstYear + Years; y++)
            for (var m = 1; m <= 12; m++) IndicatorCalculator.Compute(data, r.Ags, y, m);
});
var results = Compute();
File.Delete(path);

Console.WriteLine($"ZielSite bench: {RegionCount} regions × {Years} years × 12 months × 14 measures = {rows:N0} values ({bytes / 1024.0 / 1024.0:F1} MiB CSV), {Environment.ProcessorCount} cores");
Console.WriteLine($"load average before: {LoadAverage()}");
Console.WriteLine($"{"stage",-44} {"median ms",10} {"min ms",8} {"max ms",8} {"median CPU ms",12}");
Print("read CSV (ObservationReader + Build)", read);
Print($"IndicatorCalculator.Compute × {RegionCount * Years * 12} (1 thread)", single);
Print($"ResultCalculator.Compute ({results.Count} region-years)", compute);
Console.WriteLine($"indicator sets per second (wall): {results.Sum(r => r.ByMonth.Count) / (Median(compute.Wall) / 1000):N0}");
return 0;

static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "n/a";

static (double[] Wall, double[] Cpu) Time(Action run)
{
    run(); // warm-up
    var wall = new double[Runs];
    var cpu = new double[Runs];
    var process = Process.GetCurrentProcess();
    for (var i = 0; i < Runs; i++)
    {
        process.Refresh();
        var cpu0 = process.TotalProcessorTime;
        var sw = Stopwatch.StartNew();
        run();
        wall[i] = sw.Elapsed.TotalMilliseconds;
        process.Refresh();
        cpu[i] = (process.TotalProcessorTime - cpu0).TotalMilliseconds;
    }
    return (wall, cpu);
}

static double Median(double[] t) => t.Order().ElementAt(t.Length / 2);

static void Print(string name, (double[] Wall, double[] Cpu) t) =>
    Console.WriteLine($"{name,-44} {Median(t.Wall),10:F1} {t.Wall.Min(),8:F1} {t.Wall.Max(),8:F1} {Median(t.Cpu),12:F1}");

static int WriteCsv(string path, Region[] regions)
{
    var rng = new Random(48);
    using var w = new StreamWriter(path, false, new UTF8Encoding(false));
    w.Write("ags;month;measure;value\n");
    var n = 0;
    foreach (var r in regions)
    {
        var scale = 0.5 + rng.NextDouble() * 3;
        for (var y = FirstYear; y < FirstYear + Years; y++)
            for (var m = 1; m <= 12; m++)
                foreach (var measure in MeasureNames.All)
                {
                    var baseValue = measure switch
                    {
                        Measure.Elb => 15000, Measure.ElbF => 7400, Measure.ElbM => 7600, Measure.Lzb => 9000, Measure.Lzb4j => 4000,
                        Measure.Bg => 8000, Measure.Llu => 5_000_000, Measure.Kdu => 3_000_000, _ => 200,
                    };
                    var v = baseValue * scale * (0.9 + rng.NextDouble() * 0.2);
                    var text = measure is Measure.Llu or Measure.Kdu
                        ? Math.Round(v, 2).ToString("0.00", CultureInfo.InvariantCulture).Replace('.', ',')
                        : Math.Round(v).ToString(CultureInfo.InvariantCulture);
                    w.Write($"{r.Ags};{y:D4}-{m:D2};{MeasureNames.Name(measure)};{text}\n");
                    n++;
                }
    }
    return n;
}
