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
        string? land = ags == null && regionName != null && LandOf(parties) is { } l && regionName == "Land " + l.Name ? l.Name : null;

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
            Land = land,
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
        if (candidate != null)
        {
            var (party, tied) = matcher.MatchParty(candidate.Name);
            if (party != null) return (party.Name, party.Kind, party.Ags, candidate.Line);
            if (tied.Count > 1)
            {
                // Never settled by counting names in the body: the editor writes the name as in data/regions.csv.
                diagnostics.Add(new Diagnostic(Severity.Error, DiagnosticCodes.AgreementRegionAmbiguous, new SourceSpan(file, candidate.Line),
                    $"the party '{candidate.Name}' matches {string.Join(" and ", tied.Take(3).Select(r => $"'{r.Name}' ({r.Ags})"))} equally well; write the region's name as in data/regions.csv"));
                return (null, null, null, candidate.Line);
            }
            if (matcher.Match(candidate.Name) is { } region)
                return (region.Name, region.Kind, region.Ags, candidate.Line);
        }
        if (LandOf(parties) is { } land)
            return ("Land " + land.Name, null, null, land.Line);
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

    private static readonly string[] KindStems = [Phrases.Fold("Kreis"), Phrases.Fold("Stadt"), Phrases.Fold("Region"), Phrases.Fold("Regionalverband")];

    /// <summary>A party name that names a kind of region ("Kreis", "Stadt", "Region" in any form) and a distinctive name of three letters or more.</summary>
    private static bool LooksLikeRegion(string name)
    {
        var f = GermanText.Fold(name);
        var (distinctive, _) = RegionMatcher.Distinctive(name);
        return name.Length <= 60 && distinctive.Length >= 3 && KindStems.Any(k => f.Contains(k, StringComparison.Ordinal));
    }

    private static readonly string[] FederalMinistry = [.. Phrases.FederalMinistry.Select(Phrases.Fold)];
    private static readonly (string Name, string Folded)[] Laender =
        [.. Phrases.Laender.Select(l => (l, Phrases.Fold(l))).OrderByDescending(l => l.Item2.Length)];

    /// <summary>
    /// A Land-level agreement (§ 48b Abs. 1 Nr. 3 SGB II): the Bundesministerium für Arbeit und Soziales is a party
    /// and the other party is a Land (<see cref="Phrases.Laender"/>; the longest name that fits, so "Sachsen-Anhalt"
    /// is not "Sachsen"). Null for an agreement with a zugelassener kommunaler Träger.
    /// </summary>
    private static (string Name, int Line)? LandOf(List<CoverReader.CoverParty> parties)
    {
        if (parties.Count < 2 || parties.Any(p => p.IsCarrier)) return null;
        if (!parties.Any(p => FederalMinistry.Any(m => GermanText.Fold(p.Name).Contains(m, StringComparison.Ordinal)))) return null;
        foreach (var p in parties)
        {
            var f = GermanText.Fold(p.Name);
            if (FederalMinistry.Any(m => f.Contains(m, StringComparison.Ordinal))) continue;
            foreach (var (name, folded) in Laender)
                if (f.Contains(folded, StringComparison.Ordinal)) return (name, p.Line);
        }
        return null;
    }
}
