using System.CommandLine;
using ZielSite.Diagnostics;
using ZielSite.Publishing;
using ZielSite.Build;

namespace ZielSite.Cli.Commands;

/// <summary>
/// <c>zielsite diff OLD NEW [--json] [--fail-on-verdict-change]</c>: which values and verdicts changed between two
/// projects, sites or bundles, as Markdown or JSON; exit 1 on a changed verdict when asked (a CI gate).
/// </summary>
internal static class DiffCommand
{
    public static Command Create() =>
        new Command("diff", "Changed values and verdicts between two projects, sites or bundles (Markdown, or JSON)")
            .With(new Argument<string>("OLD") { Description = "The old project folder, site folder or bundle zip" },
                  new Argument<string>("NEW") { Description = "The new project folder, site folder or bundle zip" },
                  new Option<bool>("--json") { Description = "Print JSON instead of Markdown" },
                  new Option<bool>("--fail-on-verdict-change") { Description = "Exit 1 when a verdict changed (a CI gate)" })
            .Runs(Run);

    public static int Run(Arguments a)
    {
        var (oldLabel, newLabel) = (a.Positional[0], a.Positional[1]);
        var diagnostics = new DiagnosticBag();
        var oldDoc = ResultsLoader.Load(oldLabel, Common.BuiltinDir, diagnostics);
        var newDoc = ResultsLoader.Load(newLabel, Common.BuiltinDir, diagnostics);
        Common.Report(diagnostics.ToSortedList());
        if (oldDoc is null || newDoc is null) return 1;

        var diff = ResultsDiff.Compare(oldDoc, newDoc);
        if (a.Has("json"))
        {
            using var stdout = Console.OpenStandardOutput();
            stdout.Write(DiffJson.ToBytes(diff, oldLabel, newLabel));
        }
        else
        {
            Console.Out.Write(DiffMarkdown.Render(diff, oldLabel, newLabel));
        }
        Console.Out.Flush();
        if (a.Has("fail-on-verdict-change") && diff.AnyVerdictChanged)
        {
            Console.Error.WriteLine($"zielsite: {diff.VerdictChanges} verdict{(diff.VerdictChanges == 1 ? "" : "s")} changed (--fail-on-verdict-change)");
            return 1;
        }
        return 0;
    }
}
