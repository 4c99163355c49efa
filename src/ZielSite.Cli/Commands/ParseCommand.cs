using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using ZielSite.Agreements;
using ZielSite.Build;
using ZielSite.Diagnostics;
using ZielSite.Inputs;
using ZielSite.Inputs.Pdf;
using ZielSite.Output;

namespace ZielSite.Cli.Commands;

/// <summary><c>zielsite parse FILE...</c>: what was read from agreement files, as a summary or (<c>--json</c>) as JSON.</summary>
internal static class ParseCommand
{
    public static Command Create() =>
        new Command("parse", "Print what was read from agreement files")
            .With(new Argument<string[]>("FILE") { Description = "Agreement files", Arity = ArgumentArity.OneOrMore },
                  new Option<string>("--project") { Description = "The project whose data/regions.csv gives the AGS (default: the current folder)", HelpName = "DIR" },
                  Options.Json())
            .Runs(Run);

    public static int Run(Arguments a)
    {
        var regions = Regions(a.Project);
        var agreements = new List<Agreement>();
        foreach (var file in a.Positional)
        {
            if (!File.Exists(file)) throw new UsageException($"no such file: {file}");
            var display = file.Replace('\\', '/');
            var agreement = AgreementFiles.ParseFile(file, display, regions, PdfSettings.ForProject(a.Project));
            agreements.Add(agreement);
        }

        if (a.Has("json"))
        {
            using (var stdout = Console.OpenStandardOutput())
            using (var w = new Utf8JsonWriter(stdout, JsonFormats.Readable))
            {
                if (agreements.Count > 1) w.WriteStartArray();
                foreach (var agreement in agreements) AgreementJson.Write(w, agreement);
                if (agreements.Count > 1) w.WriteEndArray();
            }
            Console.WriteLine();
        }
        else
        {
            foreach (var agreement in agreements) Console.Write(Summary(agreement));
        }
        return Common.Report(agreements.SelectMany(x => x.Diagnostics));
    }

    /// <summary>A readable summary of one agreement: region, year and each target with its line.</summary>
    private static string Summary(Agreement x)
    {
        var text = new System.Text.StringBuilder();
        var region = x.RegionName is null ? "region not found" : $"{x.RegionName}{(x.Ags is null ? "" : $" ({x.Ags})")}";
        text.AppendLine(CultureInfo.InvariantCulture, $"{x.File}: {region}, {(x.Year is { } y ? y.ToString(CultureInfo.InvariantCulture) : "year not found")}, {x.Targets.Count} target{(x.Targets.Count == 1 ? "" : "s")}");
        foreach (var t in x.Targets)
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"  {t.Key,-20} {(t.IsLevel ? "level " : "")}{t.Operator} {t.Value.ToString("0.######", CultureInfo.InvariantCulture)} {t.Unit}  (line {t.Span.Line}{(t.CorrectedBy is null ? "" : $", corrected by {t.CorrectedBy}")})");
        }
        return text.ToString();
    }

    /// <summary>The project's regions (for the AGS); none where the project has no regions.csv.</summary>
    private static IReadOnlyList<Region> Regions(string project)
    {
        var path = Path.Combine(project, "data", "regions.csv");
        if (!File.Exists(path)) return [];
        using var stream = File.OpenRead(path);
        var diagnostics = new DiagnosticBag();
        var regions = RegionReader.Read(stream, "data/regions.csv", diagnostics);
        Common.Report(diagnostics.ToSortedList());
        return regions;
    }
}
