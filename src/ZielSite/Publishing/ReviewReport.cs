using System.Globalization;
using System.Text;
using ZielSite.Diagnostics;
using ZielSite.Wording;

namespace ZielSite.Publishing;

/// <summary>
/// <c>REVIEW.md</c>: a Markdown report fit to paste into a pull-request comment. Per year one table with every
/// region's targets (threshold, actual change, the value compared, verdict), then every diagnostic of the build,
/// and the sample-data notice when the data is sample data. German, as the reviewers are.
/// </summary>
internal static class ReviewReport
{
    /// <param name="results">The build's results; null when the site has none (then the report says so).</param>
    /// <param name="fileCount">Number of files in the site.</param>
    public static string Render(ResultsDocument? results, IReadOnlyList<Diagnostic> diagnostics, string toolVersion, int fileCount)
    {
        var md = new StringBuilder();
        md.Append("# ZielSite: Prüfbericht\n\n");
        if (results?.IsSample == true)
            md.Append("> **Musterdaten:** Dieser Build beruht auf generierten Musterdaten, nicht auf amtlichen Zahlen. Keine Zahl darf als Ergebnis eines Jobcenters zitiert werden.\n\n");

        var errors = diagnostics.Count(d => d.IsError);
        var regionYears = results?.Results.Count ?? 0;
        md.Append(Invariant($"zielsite {toolVersion} · {fileCount} Dateien · {regionYears} Regionen und Jahre · {errors} Fehler, {diagnostics.Count - errors} Warnungen\n\n"));

        if (results is null)
            md.Append("Die Website enthält keine `daten/ergebnisse.json`; Ziele und Urteile können nicht aufgeführt werden.\n\n");
        else
            AppendResults(md, results);

        md.Append("## Hinweise des Builds\n\n");
        if (diagnostics.Count == 0)
        {
            md.Append("Keine.\n");
        }
        else
        {
            md.Append("```text\n");
            foreach (var d in diagnostics) md.Append(d.ToString().Replace("```", "'''")).Append('\n');
            md.Append("```\n");
        }
        return md.ToString();
    }

    private static void AppendResults(StringBuilder md, ResultsDocument results)
    {
        foreach (var year in results.Results.GroupBy(r => r.Year))
        {
            var counts = year.SelectMany(r => r.Targets).GroupBy(t => t.Status).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => Invariant($"{g.Count()} {VerdictLabels.Word(g.Key)}")).ToList();
            md.Append(Invariant($"## {year.Key}\n\n"));
            md.Append("Ziele: ").Append(counts.Count > 0 ? string.Join(", ", counts) : "keine").Append("\n\n");
            var withTargets = year.Where(r => r.Targets.Count > 0).ToList();
            if (withTargets.Count > 0)
            {
                md.Append("| Region | Stand | Ziel | Zielwert | Ist | Verglichen | Urteil |\n");
                md.Append("|---|---|---|---:|---:|---:|---|\n");
            }
            foreach (var r in withTargets)
            {
                // Region and Stand on the region's first row only, so the table reads as groups.
                var region = $"{MarkdownText.Cell(r.Name)} ({MarkdownText.Cell(r.Ags)})";
                var stand = GermanFormat.MonthYear(r.Year, r.Month) + (r.Final ? "" : " (vorläufig)");
                foreach (var t in r.Targets)
                {
                    var status = MarkdownText.Verdict(t.Status);
                    if (t.Status is "missed" or "off_track") status = $"**{status}**";
                    md.Append(Invariant($"| {region} | {stand} | {MarkdownText.Target(t.Key)} | "))
                      .Append(Invariant($"{MarkdownText.Threshold(t)} | "))
                      .Append(Invariant($"{MarkdownText.Value(t.Actual, 2, t)} | "))
                      .Append(Invariant($"{MarkdownText.Value(t.Compared, 1, t)} | {status} |\n"));
                    (region, stand) = ("", "");
                }
            }
            var without = year.Where(r => r.Targets.Count == 0).Select(r => MarkdownText.Cell(r.Name)).ToList();
            if (without.Count > 0)
            {
                if (withTargets.Count > 0) md.Append('\n');
                md.Append(Invariant($"Ohne vereinbarte Ziele ({without.Count}): ")).Append(string.Join(", ", without)).Append('\n');
            }
            md.Append('\n');
        }
    }

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
