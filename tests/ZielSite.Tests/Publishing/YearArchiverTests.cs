using System.Text;
using System.Text.RegularExpressions;
using ZielSite.Diagnostics;
using ZielSite.Output;
using ZielSite.Publishing;

namespace ZielSite.Tests.Publishing;

public partial class YearArchiverTests
{
    private static readonly DateOnly Edition = new(2024, 3, 15);

    private static IReadOnlyList<OutputFile> Archive(DiagnosticBag? bag = null) =>
        YearArchiver.Create(Samples.Site(), 2023, Edition, "0.1.0", bag ?? new DiagnosticBag());

    private static string Text(IReadOnlyList<OutputFile> files, string path) =>
        Encoding.UTF8.GetString(files.Single(f => f.Path == path).Content.Span);

    [Fact]
    public void The_archive_holds_the_year_and_exactly_the_files_its_pages_use()
    {
        var bag = new DiagnosticBag();
        var paths = Archive(bag).Select(f => f.Path).ToList();
        Assert.Empty(bag.ToSortedList());
        Assert.Equal(
        [
            "2023/index.html", "2023/kreis-borken/index.html", "2023/stadt-bottrop/index.html",
            "assets/bg.png", "assets/chart.js", "assets/fonts/x.woff2", "assets/site.css",
            "daten/ergebnisse.json", "manifest.json", "quellen/agreements/2023/kreis-borken.txt",
        ], paths);
    }

    [Fact]
    public void Every_link_of_every_archived_file_resolves_once_the_archive_is_in_the_site()
    {
        var site = Samples.Site().ToDictionary(f => f.Path, StringComparer.Ordinal);
        foreach (var f in Archive()) site["archiv/2023/" + f.Path] = f;
        var checkedLinks = 0;
        foreach (var (path, file) in site.Where(p => p.Key.StartsWith("archiv/", StringComparison.Ordinal)))
        {
            foreach (var url in Links(path, Encoding.UTF8.GetString(file.Content.Span)))
            {
                var target = ResolveInTest(path, url);
                Assert.True(site.ContainsKey(target), $"{path}: link '{url}' opens '{target}', which the site does not have");
                checkedLinks++;
            }
        }
        // Site links (Samples.Site; external, mailto and fragment-only links not counted): the year overview 1 + 6,
        // Borken 2 + 5, Bottrop 1 + 2, the stylesheet's 2 url()s.
        Assert.Equal(7 + 7 + 3 + 2, checkedLinks);
    }

    [Fact]
    public void Links_to_other_pages_are_repointed_to_the_live_site_and_nothing_else_is_rewritten()
    {
        var page = Text(Archive(), "2023/kreis-borken/index.html");
        // Kept: links inside the archive (the year overview, Bottrop, the stylesheet, the source text).
        Assert.Contains("href=\"../\"", page);
        Assert.Contains("href='../stadt-bottrop/'", page);
        Assert.Contains("href=\"../../assets/site.css\"", page);
        Assert.Contains("href=\"../../quellen/agreements/2023/kreis-borken.txt\"", page);
        Assert.Contains("href=\"https://example.org/\"", page);
        Assert.Contains("href=\"#ziele\"", page);
        // Repointed two folders further up: the live home page (fragment kept) and the live 2022 page.
        Assert.Contains("href=\"../../../../index.html#top\"", page);
        Assert.Contains("href=\"../../../../2022/kreis-borken/\"", page);
        var overview = Text(Archive(), "2023/index.html");
        Assert.Contains("href=\"../../../\"", overview);                 // "../" = the live home page
        Assert.Contains("href=\"../../../methodik/#formeln\"", overview);
    }

    [Fact]
    public void Every_page_gets_the_edition_line_with_its_own_Stand_after_the_heading()
    {
        var files = Archive();
        Assert.Contains("<h1>Kreis Borken 2023</h1><p class=\"archive-edition\" data-zielsite-edition=\"2024-03-15\">Archivierte Fassung: Stand Dezember 2023, Ausgabe 15. März 2024</p>",
            Text(files, "2023/kreis-borken/index.html"));
        Assert.Contains("Stand November 2023, Ausgabe 15. März 2024", Text(files, "2023/stadt-bottrop/index.html"));
        // The year overview shows the latest Stand of the year.
        Assert.Contains("Stand Dezember 2023, Ausgabe 15. März 2024", Text(files, "2023/index.html"));
        // Files other than the year's pages are copied byte for byte.
        Assert.Equal(Samples.Site().Single(f => f.Path == "assets/site.css").Content.ToArray(), files.Single(f => f.Path == "assets/site.css").Content.ToArray());
    }

    [Theory]
    [InlineData("<body><main><!-- zielsite:edition --><h1>T</h1></main></body>", "<body><main>E<h1>T</h1></main></body>")]
    [InlineData("<body><main class=\"x\"><h1 id=\"t\">T</h1><p>a</p></main></body>", "<body><main class=\"x\"><h1 id=\"t\">T</h1>E<p>a</p></main></body>")]
    [InlineData("<body><main><p>a</p></main><h1>Footer</h1></body>", "<body><main>E<p>a</p></main><h1>Footer</h1></body>")]
    [InlineData("<head><script>var s='<main>';</script></head><BODY class=\"y\"><p>a</p></BODY>", "<head><script>var s='<main>';</script></head><BODY class=\"y\">E<p>a</p></BODY>")]
    public void The_edition_line_goes_to_the_marker_after_h1_in_main_else_into_main_else_into_body(string html, string expected)
    {
        Assert.Equal(expected, YearArchiver.InsertEdition(html, "E"));
    }

    [Fact]
    public void A_page_without_body_is_archived_without_edition_and_a_warning()
    {
        Assert.Null(YearArchiver.InsertEdition("<p>fragment</p>", "E"));
    }

    [Fact]
    public void A_year_the_site_does_not_have_is_an_error()
    {
        var bag = new DiagnosticBag();
        Assert.Empty(YearArchiver.Create(Samples.Site(), 2019, Edition, "0.1.0", bag));
        Assert.Equal(DiagnosticCodes.ArchiveYearMissing, Assert.Single(bag.ToSortedList()).Code);
    }

    [Fact]
    public void The_manifest_lists_the_hash_of_every_archived_file()
    {
        var files = Archive();
        var manifest = ArchiveManifest.Read(files.Single(f => f.Path == "manifest.json").Content.Span);
        Assert.Equal((2023, Edition), (manifest.Year, manifest.Edition));
        Assert.Equal(files.Where(f => f.Path != "manifest.json").Select(f => ManifestFile.Of(f.Path, f.Content.Span)), manifest.Files);
    }

    [Fact]
    public void Archiving_twice_gives_the_same_bytes()
    {
        Assert.Equal(Archive().Select(f => f.Content.ToArray()), Archive().Select(f => f.Content.ToArray()));
    }

    /// <summary>href/src attribute values and CSS url()s that name site files (written independently of the code under test).</summary>
    private static IEnumerable<string> Links(string path, string text)
    {
        if (!path.EndsWith(".html", StringComparison.Ordinal) && !path.EndsWith(".css", StringComparison.Ordinal)) return [];
        return LinkRegex().Matches(text).Select(m => m.Groups["a"].Success ? m.Groups["a"].Value : m.Groups["u"].Value)
            .Where(u => !u.StartsWith('#') && !u.Contains(':'));
    }

    private static string ResolveInTest(string from, string url)
    {
        var clean = url.Split('#', '?')[0];
        var uri = new Uri(new Uri("http://site/" + from), clean);
        var path = uri.AbsolutePath.TrimStart('/');
        return path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path;
    }

    [GeneratedRegex("""(?:\s(?:href|src)=(?<q>["'])(?<a>[^"']*)\k<q>)|(?:url\(["']?(?<u>[^"')]*)["']?\))""")]
    private static partial Regex LinkRegex();
}
