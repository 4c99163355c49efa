using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using ZielSite.Agreements;
using ZielSite.Build;
using ZielSite.Diagnostics;
using ZielSite.Indicators;
using ZielSite.Output;

namespace ZielSite.Cli.Commands;

/// <summary><c>zielsite indicators --region AGS --year YYYY</c>: computed values and target verdicts of one region and year.</summary>
internal static class IndicatorsCommand
{
    public static Command Create() =>
        new Command("indicators", "Computed values and target verdicts of one region and year")
            .With(Options.Project(),
                  new Option<string>("--region") { Description = "The region: its AGS (e.g. 05554), name or slug", HelpName = "AGS", Required = true },
                  new Option<string>("--year") { Description = "The year", HelpName = "YYYY", Required = true },
                  new Option<string>("--month") { Description = "The month of the year (default: the latest with data)", HelpName = "M" },
                  Options.Json())
            .Runs(Run);

    public static int Run(Arguments a)
    {
        Common.RequireProject(a);
        var regionArg = Common.Required(a, "region");
        var year = Common.Int(a, "year", 0, 1900, 2999);
        if (year == 0) throw new UsageException("'indicators' needs --year");
        var diagnostics = new DiagnosticBag();
        var analysis = ProjectAnalysis.Run(a.Project, Common.BuiltinDir, diagnostics);
        var code = Common.Report(diagnostics.ToSortedList());
        var region = analysis.Inputs.Regions.FirstOrDefault(r => r.Ags == regionArg || r.Slug == regionArg || r.Name == regionArg)
                     ?? throw new UsageException($"no region '{regionArg}' in data/regions.csv (give its AGS, e.g. 05554)");
        var latest = analysis.Inputs.Data.LatestMonth(region.Ags, year);
        int month;
        if (a.Has("month")) month = Common.Int(a, "month", 12, 1, 12);
        else month = latest ?? throw new UsageException($"no data for {region.Name} in {year}");

        var values = IndicatorCalculator.Compute(analysis.Inputs.Data, region.Ags, year, month);
        var agreement = analysis.Agreements.FirstOrDefault(x => x.Ags == region.Ags && x.Year == year);
        var verdicts = (agreement?.Targets ?? [])
            .OrderBy(t => TargetKeys.Order(t.Key))
            .Select(t => VerdictCalculator.Judge(t, values, analysis.Inputs.Config.RoundedComparison))
            .ToList();

        if (a.Has("json"))
        {
            using (var stdout = Console.OpenStandardOutput())
            using (var w = new Utf8JsonWriter(stdout, JsonFormats.Readable))
                IndicatorJson.Write(w, values, verdicts);
            Console.WriteLine();
        }
        else
        {
            Console.WriteLine($"{region.Name} ({region.Ags}), {year}, month {month}");
            foreach (var key in ValueKeys.All)
                Console.WriteLine($"  {key,-28} {Format(values[key])}");
            foreach (var v in verdicts)
                Console.WriteLine($"  target {v.Target.Key} {(v.Target.IsLevel ? "level " : "")}{v.Target.Operator} {Format(v.Target.Value)}: actual {Format(v.Actual)} → {VerdictStatusNames.Json(v.Status)}");
        }
        return code;
    }

    private static string Format(double? v) => v is null ? "–" : v.Value.ToString("0.######", CultureInfo.InvariantCulture);
}
