using ZielSite.Diagnostics;

namespace ZielSite.Agreements;

/// <summary>
/// Applies an editor's corrections to a parsed agreement: each sets or overrides the target of its key
/// (<see cref="Target.CorrectedBy"/> = the correction file, <see cref="Target.Span"/> = the correction line) and
/// settles the errors about that key (unreadable, contradictory, duplicate). The agreement text is unchanged.
/// </summary>
internal static class CorrectionApplier
{
    private static readonly HashSet<string> Settled =
        [DiagnosticCodes.TargetUnreadable, DiagnosticCodes.TargetContradiction, DiagnosticCodes.TargetDuplicate];

    public static Agreement Apply(Agreement agreement, string correctionFile, string correctionText)
    {
        var (corrections, problems) = CorrectionReader.Read(correctionText, correctionFile);
        return Apply(agreement, correctionFile, corrections, problems);
    }

    public static Agreement Apply(Agreement agreement, string correctionFile, IReadOnlyList<Correction> corrections, IReadOnlyList<Diagnostic> problems)
    {
        var targets = agreement.Targets.ToList();
        var issues = agreement.TargetIssues.ToList();
        foreach (var c in corrections)
        {
            int i = targets.FindIndex(t => t.Key == c.Key);
            var sentence = i >= 0 ? targets[i].Sentence : c.Reason ?? "";
            var target = new Target(c.Key, c.Operator, c.Value, c.Unit, c.Span, sentence, correctionFile);
            if (i >= 0) targets[i] = target;
            else
            {
                // A new target goes where its key belongs in display order among those read.
                int at = targets.FindIndex(t => TargetKeys.Order(t.Key) > TargetKeys.Order(c.Key));
                targets.Insert(at < 0 ? targets.Count : at, target);
            }
            issues.RemoveAll(x => x.Key == c.Key && Settled.Contains(x.Diagnostic.Code));
        }
        var removed = agreement.TargetIssues.Where(x => !issues.Contains(x)).Select(x => x.Diagnostic).ToHashSet();
        // "No target sentence was found" (the whole file, line 0) is settled once corrections supply targets.
        var diagnostics = agreement.Diagnostics
            .Where(d => !removed.Contains(d) && !(targets.Count > 0 && d.Code == DiagnosticCodes.TargetUnreadable && d.Span.Line == 0))
            .Concat(problems);
        return agreement with
        {
            Targets = targets,
            Diagnostics = AgreementParser.Sort(diagnostics),
            TargetIssues = issues,
        };
    }
}
