using System.CommandLine;
using ZielSite.Build;
using ZielSite.Diagnostics;

namespace ZielSite.Cli.Commands;

/// <summary><c>zielsite check</c>: reads and validates every input, writes nothing.</summary>
internal static class CheckCommand
{
    public static Command Create() =>
        new Command("check", "Read and validate every input, write nothing")
            .With(Options.Project(), Options.Strict())
            .Runs(Run);

    public static int Run(Arguments a)
    {
        Common.RequireProject(a);
        var diagnostics = new DiagnosticBag();
        var analysis = ProjectAnalysis.Run(a.Project, Common.BuiltinDir, diagnostics);
        var list = diagnostics.ToSortedList();
        if (a.Has("strict")) list = list.Select(d => d with { Severity = Severity.Error }).ToList();
        var code = Common.Report(list);
        foreach (var line in ZielSite.Inputs.DataFileReport.Lines(analysis.Inputs.DataFiles)) Console.WriteLine(line);
        Console.WriteLine($"zielsite: checked {analysis.Inputs.Regions.Count} regions, {analysis.Agreements.Count} agreements, " +
                          $"{analysis.Results.Count} region-years: {list.Count(d => d.IsError)} errors, {list.Count(d => !d.IsError)} warnings");
        return code;
    }
}
