using ZielSite.Diagnostics;
using ZielSite.Inputs;
using ZielSite.Text;

namespace ZielSite.Agreements;

/// <summary>Reads one agreement text (OCR of a scanned Zielvereinbarung) into an <see cref="Agreement"/>.</summary>
public static class AgreementParser
{
    /// <summary>
    /// <paramref name="file"/> is the path shown in diagnostics (relative to the project, forward slashes);
    /// <paramref name="text"/> is the decoded text with LF line ends; <paramref name="regions"/> resolve the AGS.
    /// Never throws on bad input: problems are in <see cref="Agreement.Diagnostics"/>.
    /// </summary>
    public static Agreement Parse(string file, string text, IReadOnlyList<Region> regions) =>
        Parse(file, text, RegionMatcher.For(regions));

    /// <summary>As <see cref="Parse(string, string, IReadOnlyList{Region})"/> with the regions prepared once for many agreements.</summary>
    public static Agreement Parse(string file, string text, RegionMatcher regions)
    {
        if (text.Contains('\r')) text = text.Replace("\r\n", "\n").Replace('\r', '\n');
        if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..];
        var diagnostics = new List<Diagnostic>();
        if (string.IsNullOrWhiteSpace(text))
        {
            diagnostics.Add(new Diagnostic(Severity.Error, DiagnosticCodes.AgreementEmpty, new SourceSpan(file), "the agreement file is empty"));
            return new Agreement(file, null, null, null, null, [], diagnostics);
        }

        var lines = text.Split('\n');
        var blocks = BlockBuilder.Build(lines);
        var sentences = SentenceSplitter.Split(blocks);

        var parties = CoverReader.ReadParties(lines);
        var (regionName, kind, ags, regionLine) = ReadRegion(file, lines, parties, regions, diagnostics);

        var year = FactsReader.ReadYear(lines);
        if (year == null)
            diagnostics.Add(new Diagnostic(Severity.Error, DiagnosticCodes.AgreementYearMissing, new SourceSpan(file),
                "the year of the agreement cannot be read (expected \"im Jahr YYYY\" or \"für das Jahr YYYY\")"));
        else
        {
            foreach (var (y, line) in year.Value.All.Where(c => c.Year != year.Value.Year).Take(3))
                diagnostics.Add(new Diagnostic(Severity.Warning, DiagnosticCodes.AgreementYearMissing, new SourceSpan(file, line),
                    $"the text names the year {y} here, but {year.Value.Year} elsewhere; {year.Value.Year} is used"));
        }

        var targetResult = TargetReader.Read(file, blocks, sentences);
        if (targetResult.Targets.Count == 0 && targetResult.Issues.Count == 0)
            // An error: a page without targets would be published for an agreement that surely has some (a truncated
            // file, a wrong file); an agreement is never without targets.
            diagnostics.Add(new Diagnostic(Severity.Error, DiagnosticCodes.TargetUnreadable, new SourceSpan(file),
                "no target was found (no sentence \"Das Ziel ist … erreicht, wenn …\", \"es wird vereinbart, dass …\" or a table of Zielwerte); is the file complete?"));
        diagnostics.AddRange(targetResult.Issues.Select(i => i.Diagnostic));

        var legal = FactsReader.ReadLegalBasis(blocks);
        var dialogues = FactsReader.ReadSteeringDialogues(blocks);
        var documents = FactsReader.ReadDocuments(blocks, sentences);

        return new Agreement(file, regionName, kind, ags, year?.Year, targetResult.Targets, Sort(diagnostics))
        {
            Parties = [.. parties.Select(p => new Party(p.IsCarrier && regionName != null && ags != null ? regionName : p.Name, p.Representative, p.Line))],
            LegalBasis = legal?.Text,
            Goals = GoalReader.Read(blocks, targetResult.Sentences),
            SteeringDialogues = dialogues?.Count,
            Documents = [.. documents.Select(d => d.Title)],
            Blocks = [.. blocks.Select(b => b.Block)],
            IsSample = FactsReader.IsSample(text),
            Lines = new SourceLines(regionLine, year?.Line, legal?.Line, dialogues?.Line, [.. documents.Select(d => d.Line)]),
            TargetIssues = targetResult.Issues,
        };
    }

    /// <summary>
    /// Applies an editor's correction file (<c>name.korrektur.txt</c> beside the agreement) to a parsed agreement;
    /// <paramref name="correctionFile"/> is its display path. See <see cref="CorrectionReader"/> for the format.
    /// </summary>
    public static Agreement ApplyCorrections(Agreement agreement, string correctionFile, string correctionText) =>
        CorrectionApplier.Apply(agreement, correctionFile, correctionText);

    internal static IReadOnlyList<Diagnostic> Sort(IEnumerable<Diagnostic> diagnostics) =>
        [.. diagnostics
            .OrderBy(d => d.Span.File, StringComparer.Ordinal)
            .ThenBy(d => d.Span.Line)
            .ThenBy(d => d.Code, StringComparer.Ordinal)
            .ThenBy(d => d.Message, StringComparer.Ordinal)];

    private static (string? Name, RegionKind? Kind, string? Ags, int? Line) ReadRegion(
        string file, string[] lines, List<CoverReader.CoverParty> parties, RegionMatcher matcher, List<Diagnostic> diagnostics)
    {
        var candidate = parties.FirstOrDefault(p => p.IsCarrier)
            ?? parties.Skip(1).FirstOrDefault(p => !GermanText.Fold(p.Name).Contains(GermanText.Fold("Ministerium"), StringComparison.Ordinal));
        if (candidate != null && matcher.Match(candidate.Name) is { } region)
            return (region.Name, region.Kind, region.Ags, candidate.Line);
        if (matcher.MostFrequent(lines) is { } frequent)
            return (frequent.Region.Name, frequent.Region.Kind, frequent.Region.Ags, frequent.Line);
        if (candidate != null && LooksLikeRegion(candidate.Name))
        {
            diagnostics.Add(new Diagnostic(Severity.Warning, DiagnosticCodes.AgreementRegionUnknown, new SourceSpan(file, candidate.Line),
                $"the region '{candidate.Name}' is not in data/regions.csv; the agreement has no AGS"));
            var kind = GermanText.Fold(candidate.Name).StartsWith(GermanText.Fold("Stadt"), StringComparison.Ordinal) ? RegionKind.Stadt : RegionKind.Kreis;
            return (candidate.Name, kind, null, candidate.Line);
        }
        diagnostics.Add(new Diagnostic(Severity.Error, DiagnosticCodes.AgreementRegionMissing, new SourceSpan(file),
            "the region of the agreement cannot be read (expected \"und dem Kreis … als zugelassenem kommunalen Träger\")"));
        return (null, null, null, null);
    }

    private static bool LooksLikeRegion(string name)
    {
        var f = GermanText.Fold(name);
        var rest = f.Replace("kreises", "", StringComparison.Ordinal).Replace("kreis", "", StringComparison.Ordinal)
            .Replace("stadt", "", StringComparison.Ordinal).Replace("iand", "", StringComparison.Ordinal);
        return name.Length <= 60 && rest.Length >= 3
            && (f.Contains("kreis", StringComparison.Ordinal) || f.Contains("stadt", StringComparison.Ordinal) || f.Contains("reaion", StringComparison.Ordinal));
    }
}
