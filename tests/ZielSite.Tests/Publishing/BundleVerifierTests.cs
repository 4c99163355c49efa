using System.IO.Compression;
using System.Text;
using ZielSite.Diagnostics;
using ZielSite.Publishing;

namespace ZielSite.Tests.Publishing;

public class BundleVerifierTests
{
    internal static byte[] FreshBundle()
    {
        using var buffer = new MemoryStream();
        ZipWriter.Write(buffer, BundleBuilder.Entries(Samples.Site(), new Dictionary<string, string> { ["data/regions.csv"] = "ab" }, [], "0.1.0"), ZipWriter.DefaultTimestamp);
        return buffer.ToArray();
    }

    /// <summary>Changes the zip in place the way a careless hand (or a broken upload) would.</summary>
    internal static byte[] Modify(byte[] bundle, Action<ZipArchive> change)
    {
        var buffer = new MemoryStream();
        buffer.Write(bundle);
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Update, leaveOpen: true)) change(zip);
        return buffer.ToArray();
    }

    internal static void Rewrite(ZipArchive zip, string name, string text)
    {
        zip.GetEntry(name)!.Delete();
        using var s = zip.CreateEntry(name).Open();
        s.Write(Encoding.UTF8.GetBytes(text));
    }

    private static BundleVerification Verify(byte[] bundle) => BundleVerifier.Verify(new MemoryStream(bundle), "review.zip");

    [Fact]
    public void A_fresh_bundle_is_accepted()
    {
        var result = Verify(FreshBundle());
        Assert.True(result.Ok, string.Join("\n", result.Problems));
        Assert.Equal(15, result.Matched); // 14 site files + REVIEW.md
    }

    [Fact]
    public void A_changed_file_is_named()
    {
        var page = "site/2023/kreis-borken/index.html";
        var bundle = Modify(FreshBundle(), zip => Rewrite(zip, page, "<p>Ziel erreicht</p>"));
        var result = Verify(bundle);
        var problem = Assert.Single(result.Problems);
        Assert.Equal($"review.zip:{page}", problem.Span.File);
        Assert.Equal(DiagnosticCodes.BundleFileChanged, problem.Code);
        Assert.StartsWith($"review.zip:{page}: error: changed: ", problem.ToString());
    }

    [Fact]
    public void A_change_of_the_same_size_is_caught_by_the_hash()
    {
        var original = Encoding.UTF8.GetString(Samples.Site().Single(f => f.Path == "assets/site.css").Content.Span);
        var bundle = Modify(FreshBundle(), zip => Rewrite(zip, "site/assets/site.css", original.Replace("bg.png", "bx.png")));
        var problem = Assert.Single(Verify(bundle).Problems);
        Assert.Equal("review.zip:site/assets/site.css", problem.Span.File);
        Assert.Contains("SHA-256", problem.Message);
    }

    [Fact]
    public void Missing_and_extra_files_are_named()
    {
        var bundle = Modify(FreshBundle(), zip =>
        {
            zip.GetEntry("site/assets/chart.js")!.Delete();
            using var s = zip.CreateEntry("site/evil.html").Open();
            s.Write("<script>alert(1)</script>"u8);
        });
        var problems = Verify(bundle).Problems;
        Assert.Equal(2, problems.Count);
        Assert.Contains(problems, p => p.Span.File == "review.zip:site/assets/chart.js" && p.Code == DiagnosticCodes.BundleFileMissing);
        Assert.Contains(problems, p => p.Span.File == "review.zip:site/evil.html" && p.Code == DiagnosticCodes.BundleFileExtra);
    }

    [Fact]
    public void A_zip_without_manifest_or_no_zip_at_all_is_refused()
    {
        var noManifest = Modify(FreshBundle(), zip => zip.GetEntry("manifest.json")!.Delete());
        Assert.Equal("review.zip:manifest.json", Assert.Single(Verify(noManifest).Problems).Span.File);
        Assert.Equal(DiagnosticCodes.BundleInvalid, Assert.Single(Verify("not a zip"u8.ToArray()).Problems).Code);
    }

    [Theory]
    [InlineData("site/../../x")]
    [InlineData("/tmp/x")]
    [InlineData("site/./index.html")]
    [InlineData("site\\..\\x")]
    [InlineData("C:/x")]
    [InlineData("site//x")]
    public void An_entry_whose_name_leaves_the_bundle_is_refused_and_not_read(string name)
    {
        var bundle = Modify(FreshBundle(), zip =>
        {
            using var s = zip.CreateEntry(name).Open();
            s.Write("<script>alert(1)</script>"u8);
        });
        var result = Verify(bundle);
        Assert.False(result.Ok);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(DiagnosticCodes.BundleEntryUnsafe, problem.Code);
        Assert.Equal($"review.zip:{name}", problem.Span.File);
        Assert.EndsWith("; it is not read", problem.Message);
    }

    [Fact]
    public void An_entry_name_check_by_hand()
    {
        Assert.Null(BundleVerifier.UnsafeName("site/2023/kreis-borken/index.html"));
        Assert.Null(BundleVerifier.UnsafeName("site/"));
        Assert.Equal("the entry's name is an absolute path", BundleVerifier.UnsafeName("/etc/passwd"));
        Assert.Equal("the entry's name leaves its folder ('..', '.' or an empty segment)", BundleVerifier.UnsafeName("a/../b"));
        Assert.Equal("the entry's name has a control character", BundleVerifier.UnsafeName("a\u0000b"));
    }

    [Fact]
    public void A_file_much_larger_than_its_manifest_entry_is_read_only_as_far_as_needed()
    {
        // 64 MiB of zeros compress to almost nothing; the manifest lists the page with its real, small size.
        var page = "site/2023/kreis-borken/index.html";
        var bundle = Modify(FreshBundle(), zip =>
        {
            zip.GetEntry(page)!.Delete();
            using var s = zip.CreateEntry(page, CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1 << 20];
            for (var i = 0; i < 64; i++) s.Write(zeros);
        });
        var problem = Assert.Single(Verify(bundle).Problems);
        Assert.Equal(DiagnosticCodes.BundleFileChanged, problem.Code);
        // Reading stopped one byte past the listed size: the message gives that, not the 64 MiB.
        Assert.Matches(@"changed: \d+ bytes, the manifest says \d+", problem.Message);
        Assert.DoesNotContain("67108864", problem.Message);
    }

    /// <summary>
    /// Points the central directory entry of <paramref name="victim"/> at the local header of <paramref name="target"/>,
    /// as a crafted zip does to unpack the same bytes under many names.
    /// </summary>
    internal static byte[] Overlap(byte[] zip, string victim, string target)
    {
        var copy = (byte[])zip.Clone();
        int? Central(string name)
        {
            var bytes = Encoding.UTF8.GetBytes(name);
            for (var i = 0; i + 46 < copy.Length; i++)
                if (BitConverter.ToUInt32(copy, i) == 0x02014b50 && BitConverter.ToUInt16(copy, i + 28) == bytes.Length
                    && copy.AsSpan(i + 46, bytes.Length).SequenceEqual(bytes)) return i;
            return null;
        }
        var from = Central(victim)!.Value;
        var to = Central(target)!.Value;
        Array.Copy(copy, to + 42, copy, from + 42, 4);   // the local header's offset
        Array.Copy(copy, to + 20, copy, from + 20, 8);   // and its sizes, so the entry reads cleanly
        return copy;
    }

    [Fact]
    public void Entries_that_share_bytes_of_the_file_are_refused_before_any_is_unpacked()
    {
        var fresh = FreshBundle();
        Assert.Null(ZipLayout.Problem(new MemoryStream(fresh)));
        var bundle = Overlap(fresh, "site/2023/kreis-borken/index.html", "site/index.html");
        var result = Verify(bundle);
        Assert.False(result.Ok);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(DiagnosticCodes.BundleEntryUnsafe, problem.Code);
        Assert.Equal("review.zip", problem.Span.File);
        Assert.Matches(@"^the entries 'site/(2023/kreis-borken/)?index.html' and 'site/(2023/kreis-borken/)?index.html' share bytes \d+–\d+ of the file; .*; no entry is read$", problem.Message);
        Assert.Null(result.Manifest);
    }

    [Fact]
    public void A_directory_that_places_an_entry_where_no_header_is_is_refused()
    {
        var copy = FreshBundle();
        // The first directory entry's offset moved one byte on: no local header there.
        for (var i = copy.Length - 22; i >= 0; i--)
        {
            if (BitConverter.ToUInt32(copy, i) != 0x06054b50) continue;
            var dir = BitConverter.ToInt32(copy, i + 16);
            var offset = BitConverter.ToInt32(copy, dir + 42);
            BitConverter.GetBytes(offset + 1).CopyTo(copy, dir + 42);
            break;
        }
        var message = ZipLayout.Problem(new MemoryStream(copy));
        Assert.NotNull(message);
        Assert.Matches("^the entry '.+' has no header where the zip's directory places it$", message);
    }

    [Fact]
    public void Diff_refuses_a_bundle_with_overlapping_entries_too()
    {
        using var dir = new TempDir();
        var path = dir["review.zip"];
        File.WriteAllBytes(path, Overlap(FreshBundle(), "site/daten/ergebnisse.json", "site/index.html"));
        var bag = new DiagnosticBag();
        Assert.Null(ZielSite.Build.ResultsLoader.Load(path, null, bag));
        var error = Assert.Single(bag.ToSortedList());
        Assert.Equal(DiagnosticCodes.BundleEntryUnsafe, error.Code);
        Assert.Contains("share bytes", error.Message);
    }

    [Fact]
    public void A_truncated_or_damaged_zip_gets_a_layout_answer_never_an_exception()
    {
        var fresh = FreshBundle();
        var random = new Random(19);
        for (var cut = 0; cut < fresh.Length; cut += 97)
            _ = ZipLayout.Problem(new MemoryStream(fresh[^cut..])); // the last bytes only: a directory whose entries are gone
        for (var round = 0; round < 300; round++)
        {
            var damaged = (byte[])fresh.Clone();
            // Damage the directory's end, where the sizes and offsets are.
            for (var k = 0; k < 8; k++) damaged[damaged.Length - 1 - random.Next(Math.Min(damaged.Length, 4096))] = (byte)random.Next(256);
            _ = ZipLayout.Problem(new MemoryStream(damaged));
        }
    }
}
