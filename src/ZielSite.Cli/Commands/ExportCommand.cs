using System.CommandLine;
using ZielSite.Build;
using ZielSite.Diagnostics;
using ZielSite.Indicators;

namespace ZielSite.Cli.Commands;

/// <summary><c>zielsite export</c>: every computed value of the project as one CSV, for checking figures in a spreadsheet.</summary>
internal static class ExportCommand
{
    public static Command Create() =>
        new Command("export", "Every computed value as one CSV")
            .With(Options.Project(),
                  new Option<string>("--out") { Description = "The CSV file to write (default: standard output)", HelpName = "FILE" })
            .Runs(Run);

    public static int Run(Arguments a)
    {
        Common.RequireProject(a);
        var diagnostics = new DiagnosticBag();
        var analysis = ProjectAnalysis.Run(a.Project, Common.BuiltinDir, diagnostics);
        var code = Common.Report(diagnostics.ToSortedList());
        if (a.Get("out") is { } path)
        {
            using var writer = new StreamWriter(path, append: false, new System.Text.UTF8Encoding(false));
            ValueExporter.WriteCsv(analysis.Results, writer);
        }
        else
        {
            ValueExporter.WriteCsv(analysis.Results, Console.Out);
        }
        return code;
    }
}
