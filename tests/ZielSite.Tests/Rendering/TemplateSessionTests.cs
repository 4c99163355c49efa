using System.Text;
using Scriban.Runtime;
using ZielSite.Diagnostics;
using ZielSite.Output;
using ZielSite.Rendering;
using ZielSite.Templates;

namespace ZielSite.Tests.Rendering;

/// <summary>Pages are rendered into reused builders and encoded by chunks: the bytes must equal the one-string rendering.</summary>
public sealed class TemplateSessionTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("zielsite-session-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void A_page_larger_than_a_builder_chunk_is_the_body_inside_the_layout_byte_for_byte()
    {
        File.WriteAllText(Path.Combine(_dir, "layout.sbn-html"), "<main>{{ content }}</main>\n");
        File.WriteAllText(Path.Combine(_dir, "big.sbn-html"), "{{ for i in 1..3000 }}<p id=\"p{{ i }}\">Ä{{ i }} {{ name }}</p>\n{{ end }}");
        var expected = new StringBuilder("<main>");
        for (var i = 1; i <= 3000; i++) expected.Append(System.Globalization.CultureInfo.InvariantCulture, $"<p id=\"p{i}\">Ä{i} a&amp;b</p>\n"); // 3,000 lines of about 25 characters: 75,000 > 8,000 per chunk
        expected.Append("</main>\n");

        var bag = new DiagnosticBag();
        var session = TemplateSet.Load([_dir], bag).NewSession();
        for (var run = 0; run < 2; run++) // the session is reused: the second page must not contain the first
        {
            var page = session.RenderPage("big.sbn-html", new ScriptObject { ["name"] = "a&b" }, bag);
            Assert.NotNull(page);
            var chunks = 0;
            foreach (var _ in page.GetChunks()) chunks++;
            Assert.True(chunks > 1);
            Assert.Equal(expected.ToString(), page.ToString());
            Assert.Equal(Encoding.UTF8.GetBytes(expected.ToString()), Utf8Builder.ToArray(page));
        }
        Assert.Empty(bag.ToSortedList());
    }

    [Fact]
    public void A_page_of_more_than_one_mebibyte_is_written_whole_not_cut_at_scribans_default_limit()
    {
        // 1.2 million characters of body, through a string value (ObjectToString) and a loop (cumulative output):
        // Scriban's default limit (1,048,576 characters) would cut both with "..." and report nothing.
        File.WriteAllText(Path.Combine(_dir, "layout.sbn-html"), "<main>{{ content }}</main>");
        File.WriteAllText(Path.Combine(_dir, "long.sbn-html"), "{{ text }}{{ for i in 1..100000 }}<p>{{ i % 10 }}</p>{{ end }}");
        var text = new string('x', 1_200_000);
        var bag = new DiagnosticBag();
        var page = TemplateSet.Load([_dir], bag).NewSession().RenderPage("long.sbn-html", new ScriptObject { ["text"] = text }, bag);
        Assert.Empty(bag.ToSortedList());
        Assert.NotNull(page);
        Assert.Equal("<main>".Length + 1_200_000 + 100_000 * "<p>0</p>".Length + "</main>".Length, page.Length);
        Assert.EndsWith("<p>0</p></main>", page.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Link_index_reads_ids_and_links_of_a_page_with_multibyte_text_and_their_lines()
    {
        // Line 1 has multibyte characters before the link, line 2 the id in single quotes after "Ä".
        var page = new OutputFile("a/index.html", Encoding.UTF8.GetBytes("<p>Äöü <a href=\"#x\">x</a> <a href=\"b.html#y\">y</a>\nÄ<h2 class=\"c\"  ID = 'x'>x</h2>"));
        var index = new LinkIndex();
        index.Add(page);
        index.Add(new OutputFile("a/b.html", "<p>kein y</p>"u8.ToArray()));
        var bag = new DiagnosticBag();
        index.Check(bag);
        Assert.Equal(["a/index.html:1|ZS0503"], bag.ToSortedList().Select(d => $"{d.Span}|{d.Code}")); // #y is missing on b.html; #x exists
    }
}
