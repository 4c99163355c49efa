using ZielSite.Agreements;
using ZielSite.Diagnostics;
using ZielSite.Inputs;
using ZielSite.Inputs.Pdf;
using ZielSite.Text;

namespace ZielSite.Build;

/// <summary>An agreement file (text or PDF) understood: parsed, its lines located on the PDF's pages, the editor's corrections applied.</summary>
public static class AgreementFiles
{
    /// <summary>Parses a source read by <see cref="ProjectLoader"/>: for a PDF, targets and diagnostics then name page and line on the page.</summary>
    public static Agreement Parse(AgreementSource s, IReadOnlyList<Region> regions)
    {
        var a = AgreementParser.Parse(s.File, s.Text, regions);
        if (s.Pages is { } pages) a = Locate(pages, a, s.File);
        if (s.CorrectionFile is not null && s.CorrectionText is not null)
            a = AgreementParser.ApplyCorrections(a, s.CorrectionFile, s.CorrectionText);
        return a;
    }

    /// <summary>
    /// Reads and parses one agreement file given by path (<c>zielsite parse FILE</c>), a .txt or a .pdf, with the
    /// correction file beside it. A PDF that cannot be read gives an agreement with that error and nothing else.
    /// </summary>
    /// <param name="display">The path shown in diagnostics and JSON.</param>
    public static Agreement ParseFile(string path, string display, IReadOnlyList<Region> regions, PdfSettings pdf)
    {
        string text;
        SourcePages? pages = null;
        var bytes = File.ReadAllBytes(path);
        if (PdfAgreementReader.IsPdfName(path))
        {
            var diagnostics = new DiagnosticBag();
            if (PdfAgreementReader.Read(bytes, display, pdf, diagnostics) is not { } read)
                return new Agreement(display, null, null, null, null, [], diagnostics.ToSortedList());
            (text, pages) = (read.Text, read.SourcePages);
        }
        else
            text = TextDecoder.Decode(bytes).Text;

        var correctionPath = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, Path.GetFileNameWithoutExtension(path) + ProjectLoader.CorrectionSuffix);
        string? correctionFile = null, correctionText = null;
        if (File.Exists(correctionPath))
        {
            correctionFile = Path.Combine(Path.GetDirectoryName(display) ?? "", Path.GetFileName(correctionPath)).Replace('\\', '/');
            correctionText = TextDecoder.Decode(File.ReadAllBytes(correctionPath)).Text;
        }
        return Parse(new AgreementSource(display, Path.GetFileName(path), Path.GetFullPath(path), text, "", correctionFile, correctionText, pages), regions);
    }

    /// <summary>
    /// The agreement with every target's and diagnostic's span of <paramref name="file"/> located on its page (spans of
    /// other files, such as a correction file, stay). The lines inside the reading text (blocks, parties) stay as they are.
    /// </summary>
    internal static Agreement Locate(SourcePages pages, Agreement agreement, string file)
    {
        SourceSpan At(SourceSpan s) => s.File == file ? pages.Locate(s) : s;
        Diagnostic Move(Diagnostic d) => d with { Span = At(d.Span) };
        return agreement with
        {
            Targets = [.. agreement.Targets.Select(t => t with { Span = At(t.Span) })],
            Diagnostics = [.. agreement.Diagnostics.Select(Move)],
            TargetIssues = [.. agreement.TargetIssues.Select(i => i with { Diagnostic = Move(i.Diagnostic) })],
        };
    }
}
