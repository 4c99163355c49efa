using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using ZielSite.Diagnostics;

namespace ZielSite.Tests.Architecture;

/// <summary>
/// The library's types are <c>internal</c> unless docs/architecture.md ("Public surface") lists them: the public types
/// of the assembly, found by reflection, must be exactly that list, so a new public type is a decision written down.
/// </summary>
public partial class PublicSurfaceTests
{
    private static readonly Assembly Library = typeof(Diagnostic).Assembly;

    [Fact]
    public void The_public_types_are_the_documented_surface()
    {
        var documented = ReadDocumentedSurface();
        Assert.True(documented.Count >= 20, "expected the list in docs/architecture.md, found " + documented.Count);
        var actual = PublicTypes(Library);
        var undocumented = actual.Except(documented).ToList();
        var notPublic = documented.Except(actual).ToList();
        Assert.True(undocumented.Count == 0,
            "public but not in docs/architecture.md (make it internal or list it): " + string.Join(", ", undocumented));
        Assert.True(notPublic.Count == 0,
            "listed in docs/architecture.md but not public (remove it from the list): " + string.Join(", ", notPublic));
    }

    [Fact]
    public void Only_the_tests_see_the_internals()
    {
        var friends = Library.GetCustomAttributes<InternalsVisibleToAttribute>().Select(a => a.AssemblyName).ToList();
        Assert.Equal(["ZielSite.Tests"], friends);
    }

    [Fact]
    public void Reflection_sees_public_and_nested_public_types_but_not_internal_ones()
    {
        var names = PublicTypes(Library);
        Assert.Contains("Diagnostics.Diagnostic", names);
        Assert.Contains("Inputs.ObservationTable.Builder", names);
        Assert.DoesNotContain("Wording.GermanFormat", names);
        Assert.DoesNotContain(names, n => n.Contains('<', StringComparison.Ordinal));
    }

    /// <summary>"Namespace.Type" (without "ZielSite."; nested types as "Outer.Inner") for every type visible outside.</summary>
    internal static HashSet<string> PublicTypes(Assembly assembly) =>
        assembly.GetTypes()
            .Where(t => t.IsVisible && t.FullName is not null)
            .Select(t => t.FullName!.Replace('+', '.')["ZielSite.".Length..])
            .ToHashSet(StringComparer.Ordinal);

    /// <summary>The lines "- `Namespace`: A, B, C" of the "Public surface" section of docs/architecture.md.</summary>
    internal static HashSet<string> ReadDocumentedSurface()
    {
        var text = File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "docs", "architecture.md"));
        var start = text.IndexOf("## Public surface", StringComparison.Ordinal);
        Assert.True(start >= 0, "docs/architecture.md has no section \"Public surface\"");
        var end = text.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        var section = end < 0 ? text[start..] : text[start..end];
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match m in SurfaceLine().Matches(section))
        {
            foreach (var type in m.Groups[2].Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                names.Add(m.Groups[1].Value + "." + type);
        }
        return names;
    }

    [GeneratedRegex(@"^- `([A-Za-z.]+)`: (.+)$", RegexOptions.Multiline)]
    private static partial Regex SurfaceLine();
}
