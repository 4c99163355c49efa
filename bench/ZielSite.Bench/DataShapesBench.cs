using System.Diagnostics;
using ZielSite.Diagnostics;
using ZielSite.Inputs;
using ZielSite.Sample;

/// <summary>
/// <c>--data-shapes</c>: reading the same Germany-scale data (404 regions × 10 years × 12 months × 14 measures) as long
/// CSV, as wide CSV (one file per year) and as a wide workbook (.xlsx, one sheet per year), each through
/// <see cref="ProjectLoader.LoadData"/> as a build reads it: one warm-up, then the median of 3 runs; with the bytes
/// allocated per read and the file sizes.
/// </summary>
internal static class DataShapesBench
{
    public static int Run(Region[] regions, ObservationTable data, int firstYear, int years)
    {
        var root = Directory.CreateTempSubdirectory("zielsite-shapes-").FullName;
        try
        {
            var list = regions.Select(r => (r.Ags, r.Name)).ToList();
            double? Value(string ags, Measure m, YearMonth month) => data.Get(ags, m, month);
            var sheets = Enumerable.Range(firstYear, years).Select(y => (y.ToString(System.Globalization.CultureInfo.InvariantCulture), new YearMonth(y, 1), new YearMonth(y, 12))).ToList();
            var shapes = new[] { "long", "wide", "xlsx" };
            foreach (var shape in shapes)
            {
                var dir = Path.Combine(root, shape, "data");
                Directory.CreateDirectory(Path.Combine(dir, "kennzahlen"));
                File.WriteAllText(Path.Combine(dir, "regions.csv"), "ags;name;kind\n" + string.Concat(regions.Select(r => $"{r.Ags};{r.Name};Kreis\n")));
                Directory.CreateDirectory(Path.Combine(root, shape, "content"));
                if (shape == "long")
                {
                    using var w = new StreamWriter(Path.Combine(dir, "kennzahlen", "all.csv"));
                    w.Write("ags;month;measure;value\n");
                    foreach (var (ags, _) in list)
                        foreach (var (_, from, to) in sheets)
                            for (var m = from; m <= to; m = m.AddMonths(1))
                                foreach (var measure in MeasureNames.All)
                                    w.Write($"{ags};{m};{MeasureNames.Name(measure)};{data.Get(ags, measure, m)!.Value.ToString("R", System.Globalization.CultureInfo.InvariantCulture)}\n");
                }
                else if (shape == "wide")
                    foreach (var (sheet, from, to) in sheets) WideDataWriter.WriteCsv(Path.Combine(dir, "kennzahlen", sheet + ".csv"), list, from, to, Value);
                else WideDataWriter.WriteXlsx(Path.Combine(dir, "kennzahlen.xlsx"), list, sheets, Value);
            }

            Console.WriteLine($"ZielSite data shapes bench: {regions.Length} regions × {years} years × 12 months × 14 measures, {Environment.ProcessorCount} cores");
            Console.WriteLine($"load average before: {(File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "n/a")}");
            Console.WriteLine($"{"shape",-34} {"MiB on disk",11} {"median ms",10} {"min ms",8} {"max ms",8} {"MiB allocated",14} {"median CPU ms",14}");
            foreach (var shape in shapes)
            {
                var project = Path.Combine(root, shape);
                var size = Directory.EnumerateFiles(Path.Combine(project, "data"), "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);
                ObservationTable Load()
                {
                    var bag = new DiagnosticBag();
                    var inputs = ProjectLoader.LoadData(ProjectLoader.LoadBasics(project, bag), bag);
                    if (bag.Count > 0) throw new InvalidOperationException(bag.ToSortedList()[0].ToString());
                    return inputs.Data;
                }
                var table = Load(); // warm-up, and the values must be the same
                foreach (var r in regions)
                    foreach (var m in MeasureNames.All)
                        if (table.Get(r.Ags, m, new YearMonth(firstYear + years - 1, 12)) != data.Get(r.Ags, m, new YearMonth(firstYear + years - 1, 12)))
                            throw new InvalidOperationException($"{shape}: {r.Ags} {m} differs");
                var times = new double[3];
                var cpu = new double[3];
                var process = Process.GetCurrentProcess();
                long allocated = 0;
                for (var i = 0; i < times.Length; i++)
                {
                    var before = GC.GetTotalAllocatedBytes(precise: true);
                    process.Refresh();
                    var cpu0 = process.TotalProcessorTime;
                    var sw = Stopwatch.StartNew();
                    Load();
                    times[i] = sw.Elapsed.TotalMilliseconds;
                    process.Refresh();
                    cpu[i] = (process.TotalProcessorTime - cpu0).TotalMilliseconds;
                    allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
                }
                var name = shape switch { "long" => "long CSV (1 file)", "wide" => $"wide CSV ({years} files)", _ => $"wide .xlsx (1 workbook, {years} sheets)" };
                Console.WriteLine($"{name,-34} {size / 1048576.0,11:F1} {times.Order().ElementAt(1),10:F1} {times.Min(),8:F1} {times.Max(),8:F1} {allocated / 1048576.0,14:F0} {cpu.Order().ElementAt(1),14:F0}");
            }
            Console.WriteLine($"peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576} MiB");
            return 0;
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
