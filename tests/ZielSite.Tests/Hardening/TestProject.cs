using ZielSite.Build;

namespace ZielSite.Tests.Hardening;

/// <summary>A copy of the corpus base project (<c>tests/corpus/projects/_base</c>) in a temporary folder, to break on purpose.</summary>
internal sealed class TestProject : IDisposable
{
    private readonly TempDir _temp = new();

    public TestProject()
    {
        var from = Path.Combine(ProjectCase.CorpusRoot, ProjectCase.BaseName);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var dest = Path.Combine(Root, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(dest)!);
            File.Copy(file, dest);
        }
    }

    /// <summary>The folder that holds the project (and, beside it, nothing else).</summary>
    public string Parent => _temp.Path;

    public string Root => Path.Combine(_temp.Path, "project");

    public string OutDir => Path.Combine(Root, "_site");

    public string this[string relative] => Path.Combine(Root, relative);

    public void Write(string relative, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(this[relative])!);
        File.WriteAllText(this[relative], text);
    }

    public BuildResult Build(string? outDir = null) => SiteBuilder.Build(new BuildOptions(Root, outDir, false, TestPaths.BuiltinDir));

    /// <summary>Every file below <paramref name="dir"/> (relative path → bytes), to compare folders byte for byte.</summary>
    public static SortedDictionary<string, byte[]> Snapshot(string dir) =>
        new(Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(dir, f).Replace('\\', '/'), File.ReadAllBytes), StringComparer.Ordinal);

    public void Dispose() => _temp.Dispose();
}
