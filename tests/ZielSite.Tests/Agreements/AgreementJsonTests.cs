using System.Text.Json;
using ZielSite.Agreements;
using ZielSite.Text;

namespace ZielSite.Tests.Agreements;

public class AgreementJsonTests
{
    [Fact]
    public void Seed_gives_the_contract_example()
    {
        var a = AgreementParser.Parse("content/agreements/2023/kreis-borken.txt", CorpusSupport.Seed, CorpusSupport.Regions);
        var json = AgreementJson.ToJson(a);
        // The exact numbers of CONTRACT.md, written with a decimal point.
        Assert.Contains("\"value\": 12.6,", json, StringComparison.Ordinal);
        Assert.Contains("\"value\": 0.0,", json, StringComparison.Ordinal);
        Assert.Contains("\"value\": -5.2,", json, StringComparison.Ordinal);
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        Assert.Equal("content/agreements/2023/kreis-borken.txt", root.GetProperty("file").GetString());
        Assert.Equal(("Kreis Borken", "05554", 2023), (root.GetProperty("region").GetString(), root.GetProperty("ags").GetString(), root.GetProperty("year").GetInt32()));
        var targets = root.GetProperty("targets").EnumerateArray()
            .Select(t => $"{t.GetProperty("key").GetString()} {t.GetProperty("operator").GetString()} {t.GetProperty("value").GetDouble():R} {t.GetProperty("unit").GetString()} {t.GetProperty("line").GetInt32()}")
            .ToList();
        Assert.Equal(
            ["integrationen >= 12.6 % 159", "k2 >= 0 % 165", "k2_gap <= 0 pp 178", "k3 <= -5.2 % 209", "integrationen_lzb >= 6.6 % 218"],
            targets);
        Assert.Equal(0, root.GetProperty("diagnostics").GetArrayLength());
    }

    [Fact]
    public void Unknown_region_gives_null_ags_and_diagnostics_with_code_and_line()
    {
        var text = CorpusSupport.Seed.Replace("Kreis Borken", "Kreis Heinsberg", StringComparison.Ordinal)
            .Replace("Kreises Borken", "Kreises Heinsberg", StringComparison.Ordinal).Replace("Borken", "Heinsberg", StringComparison.Ordinal);
        using var doc = JsonDocument.Parse(AgreementJson.ToJson(AgreementParser.Parse("a.txt", text, CorpusSupport.Regions)));
        Assert.Equal(JsonValueKind.Null, doc.RootElement.GetProperty("ags").ValueKind);
        var d = Assert.Single(doc.RootElement.GetProperty("diagnostics").EnumerateArray());
        Assert.Equal(("warning", "ZS0307", 19), (d.GetProperty("severity").GetString(), d.GetProperty("code").GetString(), d.GetProperty("line").GetInt32()));
    }

    [Fact]
    public void Parse_is_deterministic_and_the_same_for_crlf_bom_and_windows_1252()
    {
        var seed = CorpusSupport.Seed;
        var utf8 = System.Text.Encoding.UTF8.GetBytes(seed);
        var bom = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(utf8).ToArray();
        var crlf = System.Text.Encoding.UTF8.GetBytes(seed.Replace("\n", "\r\n", StringComparison.Ordinal));
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        var cp1252 = System.Text.Encoding.GetEncoding(1252).GetBytes(seed);
        Assert.NotEqual(utf8.Length, cp1252.Length); // umlauts are one byte in Windows-1252
        var expected = AgreementJson.ToJson(AgreementParser.Parse("a.txt", seed, CorpusSupport.Regions));
        foreach (var bytes in new[] { utf8, bom, crlf, cp1252 })
        {
            var (text, _) = TextDecoder.Decode(bytes);
            Assert.Equal(expected, AgreementJson.ToJson(AgreementParser.Parse("a.txt", text, CorpusSupport.Regions)));
        }
        // CRLF passed to Parse undecoded still gives the same lines.
        Assert.Equal(expected, AgreementJson.ToJson(AgreementParser.Parse("a.txt", seed.Replace("\n", "\r\n", StringComparison.Ordinal), CorpusSupport.Regions)));
    }

    [Fact]
    public void Corpus_encoding_files_are_really_encoded_so()
    {
        var dir = CorpusSupport.AgreementCorpus;
        Assert.Equal("windows-1252", TextDecoder.Decode(File.ReadAllBytes(Path.Combine(dir, "kleve-2023-windows1252.txt"))).Encoding);
        Assert.Contains((byte)'\r', File.ReadAllBytes(Path.Combine(dir, "steinfurt-2020-crlf.txt")));
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, File.ReadAllBytes(Path.Combine(dir, "warendorf-2019-bom.txt"))[..3]);
    }
}
