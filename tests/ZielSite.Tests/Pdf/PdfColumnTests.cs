using ZielSite.Build;
using ZielSite.Diagnostics;
using ZielSite.Inputs.Pdf;

namespace ZielSite.Tests.Pdf;

/// <summary>PDF pages set in two columns are read column by column; tables of indicator and value still across.</summary>
public class PdfColumnTests
{
    /// <summary>Each line of the text word-wrapped at <paramref name="width"/> characters (empty lines kept).</summary>
    private static List<string> Wrap(string text, int width)
    {
        var result = new List<string>();
        foreach (var line in text.Replace("\r", "").Split('\n'))
        {
            var current = "";
            foreach (var word in line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (current.Length > 0 && current.Length + 1 + word.Length > width)
                {
                    result.Add(current);
                    current = "";
                }
                current = current.Length == 0 ? word : current + " " + word;
            }
            result.Add(current);
        }
        return result;
    }

    private static string Words(string s) => string.Join(' ', s.Split(' ', StringSplitOptions.RemoveEmptyEntries));

    /// <summary>The generated agreement (<see cref="PdfTestFiles.Generated"/>) wrapped at 40 characters, 50 lines a column, two columns a page, a heading over both on page 1.</summary>
    internal static List<(string Heading, IReadOnlyList<string> Left, IReadOnlyList<string> Right)> TwoColumnPages()
    {
        const int rows = 50;
        return Wrap(PdfTestFiles.Generated.Text, 40).Chunk(2 * rows)
            .Select((chunk, i) => (Heading: i == 0 ? "Zielvereinbarung nach § 48b SGB II – zweispaltig gesetzt, Seite für Seite" : "",
                Left: (IReadOnlyList<string>)chunk.Take(rows).ToList(), Right: (IReadOnlyList<string>)chunk.Skip(rows).ToList()))
            .ToList();
    }

    [Fact]
    public void A_generated_agreement_in_two_columns_is_read_column_by_column_with_its_targets_exact()
    {
        var g = PdfTestFiles.Generated;
        var pages = TwoColumnPages();
        var pdf = PdfWriter.TwoColumns(pages);

        var read = PdfAgreementReader.Read(pdf, "z.pdf", PdfTestFiles.NoOcr, new DiagnosticBag());
        Assert.NotNull(read);
        // No line mixes the columns: every line read is one line as set, in the order set (left column, then right).
        var set = pages.Select(p => (IReadOnlyList<string>)[.. new[] { p.Heading }.Concat(p.Left).Concat(p.Right).Select(Words).Where(l => l.Length > 0)]).ToList();
        Assert.Equal(set.Count, read.Pages.Count);
        for (var i = 0; i < set.Count; i++) Assert.Equal(set[i], read.Pages[i].Where(l => l.Length > 0));

        using var temp = new TempDir();
        File.WriteAllBytes(temp["z.pdf"], pdf);
        var a = AgreementFiles.ParseFile(temp["z.pdf"], "content/agreements/2023/z.pdf", PdfTestFiles.Regions, PdfTestFiles.NoOcr);
        Assert.DoesNotContain(a.Diagnostics, d => d.IsError);
        Assert.Equal((g.Ags, g.Year), (a.Ags, a.Year));
        Assert.Equal(g.Targets.Select(t => (t.Key, t.Operator, t.Value, t.Unit)), a.Targets.Select(t => (t.Key, t.Operator, t.Value, t.Unit)));
        // Each target's place (page N, line M in reading order) is a line of its sentence.
        Assert.All(a.Targets, t => Assert.Contains(set[t.Span.Page - 1][t.Span.Line - 1], Words(t.Sentence)));
    }

    [Fact]
    public void The_same_agreement_read_across_the_columns_would_mix_them()
    {
        // The check that the test above can fail: with the columns' rows on one baseline, a reader by baselines only
        // joins a left and a right line; the gutter finder must see this page as two columns.
        PdfWord W(string t, double x, double y) => new(t, x, x + 5.5 * t.Length, y, 10.5);
        var rows = Enumerable.Range(0, 8).Select(i => new List<PdfWord>
        {
            W("Das", 56, 700 - 14 * i), W("Ziel", 80, 700 - 14 * i), W("ist", 110, 700 - 14 * i), W("erreicht,", 130, 700 - 14 * i), W("wenn", 190, 700 - 14 * i),
            W("sich", 310, 700 - 14 * i), W("die", 340, 700 - 14 * i), W("Zahl", 365, 700 - 14 * i), W("der", 395, 700 - 14 * i), W("Integrationen", 420, 700 - 14 * i),
        }).ToList();
        Assert.NotNull(PdfLineBuilder.Gutter(rows));
        var lines = PdfLineBuilder.Lines([.. rows.SelectMany(r => r)]);
        Assert.Equal(Enumerable.Repeat("Das Ziel ist erreicht, wenn", 8).Concat(Enumerable.Repeat("sich die Zahl der Integrationen", 8)), lines);
    }

    [Fact]
    public void A_table_of_indicator_and_value_is_read_across()
    {
        // Eight rows "label … value" with the values in a column: no running text on the right, so no gutter.
        var words = new List<PdfWord>();
        for (var i = 0; i < 8; i++)
        {
            var y = 700 - 14 * i;
            var x = 56.0;
            foreach (var t in "Veränderung der Zahl der Integrationen".Split(' '))
            {
                words.Add(new PdfWord(t, x, x + 5.5 * t.Length, y, 10.5));
                x += 5.5 * t.Length + 3; // a blank is 3 pt at 10.5 pt
            }
            words.Add(new PdfWord($"+{i},0", 330, 352, y, 10.5));
            words.Add(new PdfWord("%", 355, 362, y, 10.5));
        }
        var lines = PdfLineBuilder.Lines(words);
        Assert.Equal(Enumerable.Range(0, 8).Select(i => $"Veränderung der Zahl der Integrationen +{i},0 %"), lines);
    }

    [Fact]
    public void The_Hessian_table_agreement_as_a_PDF_reads_as_its_text()
    {
        var text = File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "tests", "corpus", "agreements", "de-hessen-2025-kassel.txt"));
        var read = PdfAgreementReader.Read(PdfWriter.Text(text), "k.pdf", PdfTestFiles.NoOcr, new DiagnosticBag());
        Assert.NotNull(read);
        Assert.Equal(text.Replace("\r", "").Split('\n').Select(Words).Where(l => l.Length > 0), read.Text.Split('\n').Where(l => l.Length > 0));
    }
}
