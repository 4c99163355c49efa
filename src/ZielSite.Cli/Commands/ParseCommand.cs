using System.Text.Json;
using ZielSite.Agreements;
using ZielSite.Build;
using ZielSite.Diagnostics;
using ZielSite.Inputs;
using ZielSite.Inputs.Pdf;
using ZielSite.Text;

namespace ZielSite.Cli.Commands;

internal static class ParseCommand
{
    public static int Run(Arguments a)
    {
        Common.Allow(a, "json");
        if (a.Positional.Count == 0) throw new UsageException("'parse' needs at least one agreement file");
        var regions = Regions(a.Project);
        var agreements = new List<Agreement>();
        foreach (var file in a.Positional)
        {
            if (!File.Exists(file)) throw new UsageException($"no such file: {file}");
            var display = file.Replace('\\', '/');
            var agreement = AgreementFiles.ParseFile(file, display, regions, PdfSettings.ForProject(a.Project));
            agreements.Add(agreement);
        }

        using (var stdout = Console.OpenStandardOutput())
        using (var w = new Utf8JsonWriter(stdout, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            if (agreements.Count > 1) w.WriteStartArray();
            foreach (var agreement in agreements) AgreementJson.Write(w, agreement);
            if (agreements.Count > 1) w.WriteEndArray();
        }
        Console.WriteLine();
        return Common.Report(agreements.SelectMany(x => x.Diagnostics));
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
