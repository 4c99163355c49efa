using ZielSite.Diagnostics;
using ZielSite.Publishing;

namespace ZielSite.Cli.Commands;

/// <summary>
/// <c>zielsite diff OLD NEW [--json] [--fail-on-verdict-change]</c>: which values and verdicts changed between two
/// projects, sites or bundles, as Markdown or JSON; exit 1 on a changed verdict when asked (a CI gate).
/// </summary>
internal static class DiffCommand
{
    public static int Run(Arguments a)
    {
        Common.Allow(a, "json", "fail-on-verdict-change");
        if (a.Positional.Count != 2) throw new UsageException("'diff' needs two arguments: OLD and NEW (project folders, site folders or bundle zips)");
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
