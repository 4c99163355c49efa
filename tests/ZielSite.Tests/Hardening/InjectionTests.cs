using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace ZielSite.Tests.Hardening;

/// <summary>
/// Issue 8 §4: a project whose names and texts are hostile builds, and no input reaches a page as markup:
/// no unescaped tag from input, every attribute value quoted, JSON inside &lt;script&gt; without <c>&lt;/</c> or
/// <c>&lt;!--</c>, template syntax in input never run, and every file inside the output folder.
/// </summary>
public sealed partial class InjectionTests
{
    private const string Script = "<script>alert(1)</script>";
    private const string Attribute = "\"><img src=x onerror=alert(1)>";
    private const string Breakout = "</script><script>alert(2)</script>";

    [Fact]
    public void Hostile_names_and_texts_are_encoded_for_their_place_everywhere()
    {
        using var p = new TestProject();
        var hostileName = $"Stadt {Script}{Attribute} Mülheim '{Breakout}";
        Replace(p, "data/regions.csv", "Stadt Mülheim an der Ruhr", hostileName);
        Replace(p, "content/agreements/2025/muelheim.txt", "Stadt Mülheim an der Ruhr", hostileName);
        Replace(p, "content/agreements/2025/essen.txt", "im Jahr 2025\n",
            $"im Jahr 2025\nText {Breakout} <!-- {Attribute} {{{{ 6 * 7 }}}} {{{{ include 'layout.sbn-html' }}}} &amp; \"q\"\n");
        p.Write("content/pages/hinweise.md",
            $"# Hinweise {Script}\n\n{Script}\n\n{Attribute}\n\n[Link\"><b>x</b>](https://example.org/\"onmouseover=\"alert(3))\n\n{{{{ 6 * 7 }}}}\n\n<!-- {Breakout} -->\n");
        p.Write("zielsite.json", $$"""{ "title": "Ziele {{Script}}", "land": "{{Attribute.Replace("\"", "\\\"")}}" }""");

        var result = p.Build();
        Assert.True(result.Written, string.Join("\n", result.Diagnostics));
        var site = TestProject.Snapshot(p.OutDir);

        foreach (var (path, bytes) in site.Where(f => f.Key.EndsWith(".html", StringComparison.Ordinal)))
        {
            var html = Encoding.UTF8.GetString(bytes);
            Assert.DoesNotContain(Script, html);
            Assert.DoesNotContain("<script>alert", html);
            Assert.DoesNotContain("<img src=x", html);
            Assert.DoesNotContain("<b>x</b>", html);
            Assert.DoesNotContain("onmouseover=\"alert", html);
            Assert.DoesNotContain(">42<", html);
            AssertAttributesQuoted(path, html);
            AssertScriptsHaveNoBreakout(path, html);
        }
        // The hostile texts are there, as text.
        var essen = Encoding.UTF8.GetString(site["2025/stadt-essen/index.html"]);
        Assert.Contains("&lt;/script&gt;&lt;script&gt;alert(2)&lt;/script&gt;", essen);
        Assert.Contains("{{ include ", essen); // (the readable text drops a lone '*' as OCR noise, so "6 * 7" is not checked here)
        Assert.Contains("&amp;amp;", essen);
        var page = Encoding.UTF8.GetString(site["hinweise/index.html"]);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", page);
        Assert.Contains("{{ 6 * 7 }}", page);

        // JSON outputs parse and keep the name exactly.
        using var index = JsonDocument.Parse(site["search-index.json"]);
        Assert.Contains(Strings(index.RootElement), s => s.Contains(hostileName, StringComparison.Ordinal));
        Assert.DoesNotContain("</", Encoding.UTF8.GetString(site["search-index.json"]));

        // Every file is inside the output folder; nothing was written beside the project.
        var outFull = Path.GetFullPath(p.OutDir) + Path.DirectorySeparatorChar;
        Assert.All(Directory.EnumerateFiles(p.OutDir, "*", SearchOption.AllDirectories), f => Assert.StartsWith(outFull, Path.GetFullPath(f)));
        Assert.Equal(["project"], Directory.GetFileSystemEntries(p.Parent).Select(Path.GetFileName));
        Assert.Contains(site.Keys, k => k.StartsWith("2025/stadt-script-alert-1-script-img-src-x-onerror-alert-1-muelheim-script-script-alert-2-script/", StringComparison.Ordinal));
    }

    private static IEnumerable<string> Strings(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.String => [e.GetString()!],
        JsonValueKind.Array => e.EnumerateArray().SelectMany(Strings),
        JsonValueKind.Object => e.EnumerateObject().SelectMany(p => Strings(p.Value)),
        _ => [],
    };

    private static void Replace(TestProject p, string file, string from, string to)
    {
        var text = File.ReadAllText(p[file]);
        Assert.Contains(from, text);
        File.WriteAllText(p[file], text.Replace(from, to, StringComparison.Ordinal));
    }

    [GeneratedRegex(@"<script\b[^>]*>(?<body>.*?)</script>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex ScriptBlock();

    /// <summary>Outside scripts, every attribute value in a start tag is quoted (a small tokenizer, as a browser reads tags).</summary>
    private static void AssertAttributesQuoted(string path, string html)
    {
        var text = ScriptBlock().Replace(html, "<script></script>");
        var i = 0;
        while ((i = text.IndexOf('<', i)) >= 0)
        {
            var start = i++;
            if (i >= text.Length || !char.IsAsciiLetter(text[i])) continue;
            while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] is not ('>' or '/')) i++;
            while (i < text.Length && text[i] != '>')
            {
                if (char.IsWhiteSpace(text[i]) || text[i] == '/') { i++; continue; }
                while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] is not ('=' or '>' or '/')) i++; // name
                while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
                if (i >= text.Length || text[i] != '=') continue; // attribute without value
                i++;
                while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
                var quote = text[i];
                Assert.True(quote is '"' or '\'', $"{path}: unquoted attribute value in {text[start..Math.Min(text.Length, start + 120)]}");
                i = text.IndexOf(quote, i + 1) + 1;
                Assert.True(i > 0, $"{path}: attribute value not closed");
            }
        }
    }

    /// <summary>An inline script (data or code) contains no "&lt;/" and no "&lt;!--", so input cannot end it early.</summary>
    private static void AssertScriptsHaveNoBreakout(string path, string html)
    {
        foreach (Match m in ScriptBlock().Matches(html))
        {
            var body = m.Groups["body"].Value;
            Assert.False(body.Contains("</", StringComparison.Ordinal), $"{path}: '</' inside a script");
            Assert.False(body.Contains("<!--", StringComparison.Ordinal), $"{path}: '<!--' inside a script");
        }
    }
}
