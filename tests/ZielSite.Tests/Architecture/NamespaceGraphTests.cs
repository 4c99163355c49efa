using System.Text.RegularExpressions;

namespace ZielSite.Tests.Architecture;

/// <summary>
/// The library's stages depend on each other in one direction only (docs/architecture.md draws the graph): the
/// namespaces of <c>src/ZielSite/</c> are read from the source, with every <c>using ZielSite.X</c> and every
/// qualified <c>ZielSite.X.</c> reference, and the graph must have no cycle.
/// </summary>
public partial class NamespaceGraphTests
{
    [Fact]
    public void The_stages_form_no_cycle()
    {
        var graph = ReadGraph();
        Assert.True(graph.Count >= 10, "expected the library's namespaces, found " + string.Join(", ", graph.Keys));
        var cycle = FindCycle(graph);
        Assert.True(cycle is null, "namespace cycle: " + (cycle is null ? "" : string.Join(" → ", cycle)));
    }

    [Fact]
    public void The_graph_drawn_in_docs_architecture_md_is_the_graph_of_the_source()
    {
        var doc = File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "docs", "architecture.md"));
        var start = doc.IndexOf("From the bottom up:", StringComparison.Ordinal);
        Assert.True(start >= 0, "docs/architecture.md has no 'From the bottom up:' graph");
        var block = doc[(doc.IndexOf("```", start, StringComparison.Ordinal) + 3)..];
        block = block[..block.IndexOf("```", StringComparison.Ordinal)];
        var drawn = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        // Each line holds one or two entries ("X → A, B" or "X, Y (…)"), separated by a run of spaces.
        foreach (var entry in block.Split('\n').SelectMany(l => Regex.Split(l.Trim(), @"\s{3,}")).Where(e => e.Length > 0))
        {
            var text = Regex.Replace(entry, @"\(.*\)", "").Trim();
            if (text.Length == 0) continue; // a remark in parentheses
            var parts = text.Split('→');
            var deps = parts.Length > 1 ? parts[1].Split(',').Select(d => d.Trim()).Where(d => d.Length > 0).ToHashSet(StringComparer.Ordinal) : [];
            foreach (var name in parts[0].Split(',').Select(n => n.Trim()))
                drawn[name] = deps;
        }
        var graph = ReadGraph();
        Assert.Equal(graph.Keys.Order(StringComparer.Ordinal), drawn.Keys.Order(StringComparer.Ordinal));
        // Build depends on every stage ("every stage" in the drawing); every other line lists exactly its dependencies.
        var wrong = graph.Where(g => g.Key != "Build" && !g.Value.SetEquals(drawn[g.Key]))
            .Select(g => $"{g.Key} → {string.Join(", ", g.Value.Order(StringComparer.Ordinal))} (drawn: {string.Join(", ", drawn[g.Key].Order(StringComparer.Ordinal))})")
            .ToList();
        Assert.True(wrong.Count == 0, "docs/architecture.md draws another graph than the source has:\n" + string.Join("\n", wrong));
    }

    [Fact]
    public void A_cycle_is_found_when_there_is_one()
    {
        var graph = new Dictionary<string, HashSet<string>>
        {
            ["A"] = ["B"], ["B"] = ["C"], ["C"] = ["A"], ["D"] = ["A"],
        };
        Assert.Equal(["A", "B", "C", "A"], FindCycle(graph));
        graph["C"].Clear();
        Assert.Null(FindCycle(graph));
    }

    /// <summary>Namespace (the part after "ZielSite.") → the namespaces it refers to.</summary>
    internal static Dictionary<string, HashSet<string>> ReadGraph()
    {
        var src = Path.Combine(TestPaths.RepoRoot, "src", "ZielSite");
        var sep = Path.DirectorySeparatorChar;
        var files = Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{sep}obj{sep}") && !f.Contains($"{sep}bin{sep}"))
            .Select(f => StripComments(File.ReadAllText(f)))
            .Select(text => (Namespace: NamespaceRegex().Match(text) is { Success: true } m ? m.Groups[1].Value : null, Text: text))
            .Where(f => f.Namespace is not null)
            .ToList();
        var names = files.Select(f => f.Namespace!).ToHashSet(StringComparer.Ordinal);
        // A reference inside the library may also be written relative to ZielSite ("Rendering.GermanFormat.Number"):
        // a namespace's name followed by a type declared in it.
        var relative = new Regex(string.Join("|", files
            .SelectMany(f => TypeRegex().Matches(f.Text).Select(m => Regex.Escape(f.Namespace!) + @"\." + m.Groups[1].Value))
            .Distinct()
            .Select(p => @"(?<![\w.])" + p + @"\b")));
        var graph = names.ToDictionary(n => n, _ => new HashSet<string>(StringComparer.Ordinal), StringComparer.Ordinal);
        foreach (var (from, text) in files)
        {
            var code = StringRegex().Replace(text, "\"\"");
            foreach (Match m in ReferenceRegex().Matches(code)) graph[from!].Add(m.Groups[1].Value);
            foreach (Match m in relative.Matches(code)) graph[from!].Add(m.Value[..m.Value.IndexOf('.')]);
            graph[from!].Remove(from!);
        }
        return graph;
    }

    /// <summary>The first cycle found by a depth-first search, as a path that ends where it began; null where none.</summary>
    internal static List<string>? FindCycle(IReadOnlyDictionary<string, HashSet<string>> graph)
    {
        var state = new Dictionary<string, int>(StringComparer.Ordinal); // 1: on the path, 2: done
        var path = new List<string>();
        foreach (var start in graph.Keys.Order(StringComparer.Ordinal))
            if (Visit(start) is { } cycle) return cycle;
        return null;

        List<string>? Visit(string node)
        {
            if (state.TryGetValue(node, out var s))
                return s == 1 ? [.. path.Skip(path.IndexOf(node)), node] : null;
            state[node] = 1;
            path.Add(node);
            foreach (var next in (graph.TryGetValue(node, out var to) ? to : []).Order(StringComparer.Ordinal))
                if (Visit(next) is { } cycle) return cycle;
            path.RemoveAt(path.Count - 1);
            state[node] = 2;
            return null;
        }
    }

    private static string StripComments(string text) => CommentRegex().Replace(text, "");

    [GeneratedRegex(@"^namespace ZielSite\.(\w+)", RegexOptions.Multiline)]
    private static partial Regex NamespaceRegex();

    [GeneratedRegex(@"\bZielSite\.(\w+)\b")]
    private static partial Regex ReferenceRegex();

    [GeneratedRegex(@"\b(?:class|record(?:\s+(?:struct|class))?|struct|enum|interface)\s+(\w+)")]
    private static partial Regex TypeRegex();

    [GeneratedRegex(@"""(?:[^""\\\n]|\\.)*""")]
    private static partial Regex StringRegex();

    [GeneratedRegex(@"//[^\n]*|/\*.*?\*/", RegexOptions.Singleline)]
    private static partial Regex CommentRegex();
}
