using ZielSite.Agreements;
using ZielSite.Build;
using ZielSite.Diagnostics;
using ZielSite.Inputs;
using ZielSite.Inputs.Pdf;

namespace ZielSite.Tests.Pdf;

/// <summary>Agreements as PDFs with a text layer (written in the test): read line by line, the same targets as the text, positions as page and line.</summary>
public class PdfTextLayerTests
{
    private static Agreement ParsePdf(byte[] pdf, string name = "kreis-borken.pdf")
    {
        using var temp = new TempDir();
        File.WriteAllBytes(temp[name], pdf);
        return AgreementFiles.ParseFile(temp[name], "content/agreements/2023/" + name, PdfTestFiles.Regions, PdfTestFiles.NoOcr);
    }

    [Fact]
    public void The_Borken_agreement_as_a_text_PDF_gives_the_same_agreement_as_its_text()
    {
        var fromText = AgreementParser.Parse("content/agreements/2023/kreis-borken.txt", PdfTestFiles.BorkenText, PdfTestFiles.Regions);
        var fromPdf = ParsePdf(PdfWriter.Text(PdfTestFiles.BorkenText));

        Assert.Empty(fromPdf.Diagnostics);
        Assert.Equal(("Kreis Borken", "05554", 2023), (fromPdf.RegionName, fromPdf.Ags, fromPdf.Year));
        Assert.Equal(5, fromPdf.Targets.Count);
        Assert.Equal(fromText.Targets.Select(t => (t.Key, t.Operator, t.Value, t.Unit)), fromPdf.Targets.Select(t => (t.Key, t.Operator, t.Value, t.Unit)));
        // Hand-checked: 52 lines a page, so the .txt's lines 159, 165, 178, 209 and 218 are the 2nd, 5th and 12th
        // printed line of page 4 and the 1st and 6th of page 5 (empty lines are not counted on a page).
        Assert.Equal(
            [("integrationen", 4, 2), ("k2", 4, 5), ("k2_gap", 4, 12), ("k3", 5, 1), ("integrationen_lzb", 5, 6)],
            fromPdf.Targets.Select(t => (t.Key, t.Span.Page, t.Span.Line)));
        Assert.Equal(fromText.Targets.Select(t => t.Sentence), fromPdf.Targets.Select(t => t.Sentence));
    }

    [Fact]
    public void The_text_layer_is_read_in_reading_order_line_by_line_with_umlauts_and_signs()
    {
        var text = PdfTestFiles.BorkenText;
        using var temp = new TempDir();
        var read = PdfAgreementReader.Read(PdfWriter.Text(text), "k.pdf", PdfTestFiles.NoOcr, new DiagnosticBag());

        Assert.NotNull(read);
        Assert.False(read.Recognised);
        Assert.Equal(6, read.Pages.Count); // 270 lines at 52 a page
        static IEnumerable<string> Printed(string t) => t.Split('\n').Select(l => string.Join(' ', l.Split(' ', StringSplitOptions.RemoveEmptyEntries))).Where(l => l.Length > 0);
        Assert.Equal(Printed(text), Printed(read.Text));
        Assert.Contains("Gemäß § 48b Abs. 1 S. 1 Nr. 4 des Zweiten Buches Sozialgesetzbuch (SGB II)", read.Text.Split('\n'));
        // A paragraph gap becomes an empty line, as in the text file (the parser needs them for its blocks).
        Assert.Contains("\n\nZielvereinbarung\n\n", read.Text);
    }

    [Fact]
    public void A_generated_agreement_as_a_text_PDF_is_read_exactly()
    {
        var g = PdfTestFiles.Generated;
        var a = ParsePdf(PdfWriter.Text(g.Text), "generiert.pdf");

        Assert.Empty(a.Diagnostics);
        Assert.Equal((g.Ags, g.Year), (a.Ags, a.Year));
        Assert.Equal(g.Targets.Select(t => (t.Key, t.Operator, t.Value, t.Unit)), a.Targets.Select(t => (t.Key, t.Operator, t.Value, t.Unit)));
        Assert.All(a.Targets, t => Assert.True(t.Span.Page > 0));
    }

    [Fact]
    public void Euro_paragraph_and_quotes_survive_WinAnsi_text()
    {
        const string line = "Mittel von 1.250 € nach § 16 „Eingliederung“ – Größe ÄÖÜäöüß";
        var read = PdfAgreementReader.Read(PdfWriter.TextPages([[line]]), "x.pdf", PdfTestFiles.NoOcr, new DiagnosticBag());
        Assert.Equal(line, read?.Text);
    }

    [Fact]
    public void A_diagnostic_in_a_PDF_names_file_page_and_line_on_the_page()
    {
        // The unit of the first target removed: the error is at the sentence's end, page 4, printed line 2.
        var text = PdfTestFiles.BorkenText.Replace("mindestens 12,6 Prozent gegenüber dem Vorjahr erhöht.", "mindestens 12,6 gegenüber dem Vorjahr erhöht.");
        var a = ParsePdf(PdfWriter.Text(text));

        var error = Assert.Single(a.Diagnostics, d => d.IsError);
        Assert.Equal(DiagnosticCodes.TargetUnreadable, error.Code);
        Assert.Equal(new SourceSpan("content/agreements/2023/kreis-borken.pdf", 2, 0, Page: 4), error.Span with { Column = 0 });
        Assert.StartsWith("content/agreements/2023/kreis-borken.pdf:page 4:line 2", error.ToString());
        var json = AgreementJson.ToJson(a);
        Assert.Contains("\"page\": 4,\n      \"line\": 2,", json.Replace("\r", ""));
    }

    [Fact]
    public void Source_spans_print_page_and_line_only_for_PDFs()
    {
        Assert.Equal("a.txt:12", new SourceSpan("a.txt", 12).ToString());
        Assert.Equal("a.txt:12:3", new SourceSpan("a.txt", 12, 3).ToString());
        Assert.Equal("a.pdf:page 2:line 7", new SourceSpan("a.pdf", 7, 0, Page: 2).ToString());
        Assert.Equal("a.pdf:page 2:line 7:5", new SourceSpan("a.pdf", 7, 5, Page: 2).ToString());
        Assert.Equal("a.pdf:page 2", new SourceSpan("a.pdf", 0, 0, Page: 2).ToString());
        Assert.Equal("a.pdf", new SourceSpan("a.pdf").ToString());
    }

    [Fact]
    public void Lines_are_counted_per_page_without_empty_lines()
    {
        var pages = new SourcePages([["Titel", "", "Absatz eins", "geht weiter"], ["", "Seite zwei"]]);
        Assert.Equal([(1, 1), (1, 1), (1, 2), (1, 3), (2, 1), (2, 1)],
            Enumerable.Range(1, 6).Select(l => pages.Locate(new SourceSpan("f.pdf", l))).Select(s => (s.Page, s.Line)));
        Assert.Equal(new SourceSpan("f.pdf"), pages.Locate(new SourceSpan("f.pdf")));
    }

    [Fact]
    public void Words_are_grouped_into_lines_by_baseline_and_ordered_left_to_right()
    {
        // Two lines 14 pt apart, the words of the first given out of order and with a baseline 0.8 pt off;
        // then a paragraph gap of 30 pt.
        PdfWord W(string t, double x, double y) => new(t, x, x + 5 * t.Length, y, 10);
        var lines = PdfLineBuilder.Lines([W("Ziel", 100, 700.8), W("Das", 60, 700), W("ist", 130, 700), W("erreicht,", 60, 686), W("Neuer", 60, 656), W("Absatz", 100, 656)]);
        Assert.Equal(["Das Ziel ist", "erreicht,", "", "Neuer Absatz"], lines);
        Assert.Equal("Grundsicherung offiziell ab-", PdfLineBuilder.Clean("Grundsicherung o\uFB03ziell ab\u00AD"));
    }
}
