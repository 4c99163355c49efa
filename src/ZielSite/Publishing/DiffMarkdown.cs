using System.Globalization;
using System.Text;
using ZielSite.Wording;

namespace ZielSite.Publishing;

/// <summary>
/// A <see cref="ResultsDiff"/> as Markdown for a pull-request comment: a summary line, then per region and
/// year the Stand month, a table of the targets that changed (changed verdicts in bold) and, folded away,
/// the values that changed.
/// </summary>
public static class DiffMarkdown
{
    /// <param name="oldLabel">How the older build was named on the command line.</param>
    /// <param name="newLabel">How the newer build was named.</param>
    public static string Render(ResultsDiff diff, string oldLabel, string newLabel)
    {
        var md = new StringBuilder();
        md.Append("# Änderungen der Ergebnisse\n\n");
        md.Append(Invariant($"Alt: {MarkdownText.Code(oldLabel)} · Neu: {MarkdownText.Code(newLabel)}\n\n"));
        if (diff.IsEmpty)
        {
            md.Append("Keine Änderungen an Werten oder Urteilen.\n");
            return md.ToString();
        }
        var verdicts = diff.VerdictChanges;
        md.Append(Invariant($"{diff.Changes.Count} Regionen und Jahre geändert, "))
          .Append(verdicts == 0 ? "kein Urteil geändert" : verdicts == 1 ? "**1 Urteil geändert**" : Invariant($"**{verdicts} Urteile geändert**"))
          .Append(".\n\n");
        if (diff.OldIsSample != diff.NewIsSample)
            md.Append(Invariant($"Musterdaten: alt {(diff.OldIsSample ? "ja" : "nein")}, neu {(diff.NewIsSample ? "ja" : "nein")}.\n\n"));

        foreach (var c in diff.Changes)
        {
            md.Append(Invariant($"## {MarkdownText.Cell(c.Name)} ({MarkdownText.Cell(c.Ags)}), {c.Year}"));
            md.Append(c.Kind switch { "added" => " (neu)", "removed" => " (entfallen)", _ => "" }).Append("\n\n");
            md.Append("Stand: ").Append(Stand(c.Old)).Append(c.Old is not null && c.New is not null && c.Old.Month != c.New.Month ? " → " + Stand(c.New) : c.Kind == "added" ? Stand(c.New) : "").Append("\n\n");
            if (c.Targets.Count > 0)
            {
                md.Append("| Ziel | Zielwert | Ist alt | Ist neu | Urteil alt | Urteil neu |\n");
                md.Append("|---|---:|---:|---:|---|---|\n");
                foreach (var t in c.Targets)
                {
                    var threshold = Threshold(t);
                    var newStatus = MarkdownText.Verdict(t.New?.Status);
                    if (t.VerdictChanged) newStatus = $"**{newStatus}**";
                    // A change signed ("+13,10 %"), a level as it is ("31,42 %", "1.714"), as the site writes them.
                    var entry = (t.New ?? t.Old)!;
                    var (oldActual, newActual) = Pair(t.Old?.Actual, t.New?.Actual, signed: !entry.IsLevel);
                    var unitWord = GermanFormat.Unit(entry.Unit);
                    var unit = unitWord.Length == 0 ? "" : GermanFormat.UnitSpace + unitWord;
                    if (t.Old?.Actual is not null) oldActual += unit;
                    if (t.New?.Actual is not null) newActual += unit;
                    md.Append(Invariant($"| {MarkdownText.Target(t.Key)} | {threshold} | {oldActual} | {newActual} | "))
                      .Append(Invariant($"{MarkdownText.Verdict(t.Old?.Status)} | {newStatus} |\n"));
                }
                md.Append('\n');
            }
            if (c.Values.Count > 0)
            {
                md.Append(Invariant($"<details><summary>{c.Values.Count} Kennzahlen geändert</summary>\n\n"));
                md.Append("| Kennzahl | alt | neu |\n|---|---:|---:|\n");
                foreach (var v in c.Values)
                {
                    var (o, n) = Pair(v.Old, v.New, signed: false);
                    md.Append(Invariant($"| {MarkdownText.Code(v.Key)} | {o} | {n} |\n"));
                }
                md.Append("\n</details>\n\n");
            }
        }
        return md.ToString();
    }

    private static string Stand(ResultEntry? e) =>
        e is null ? "" : GermanFormat.MonthYear(e.Year, e.Month) + (e.Final ? "" : " (vorläufig)");

    private static string Threshold(TargetDiff t)
    {
        var o = t.Old is null ? null : MarkdownText.Threshold(t.Old);
        var n = t.New is null ? null : MarkdownText.Threshold(t.New);
        return o is not null && n is not null && o != n ? $"{o} → {n}" : (n ?? o)!;
    }

    /// <summary>
    /// Both numbers with two decimals (none where both are whole numbers, e.g. counts), or with up to six where
    /// two decimals would hide the difference.
    /// </summary>
    private static (string Old, string New) Pair(double? a, double? b, bool signed)
    {
        var decimals = IsWhole(a) && IsWhole(b) ? 0 : 2;
        var (x, y) = (GermanFormat.Optional(a, decimals, signed), GermanFormat.Optional(b, decimals, signed));
        if (x == y && !ResultsDiff.Same(a, b)) (x, y) = (Trim(GermanFormat.Optional(a, 6, signed)), Trim(GermanFormat.Optional(b, 6, signed)));
        return (x, y);
    }

    private static bool IsWhole(double? v) => v is not { } d || (Math.Abs(d) < 1e15 && d == Math.Floor(d));

    private static string Trim(string number) => number.Contains(',') ? number.TrimEnd('0').TrimEnd(',') : number;

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
