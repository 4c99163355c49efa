using System.Globalization;
using ZielSite.Sample;

namespace ZielSite.Tests.Sample;

/// <summary>A sample project written into a fresh temporary folder (deleted on dispose), with its observations read back.</summary>
public sealed class SampleProject : IDisposable
{
    public SampleProject(SampleOptions options, Action<string>? prepare = null)
    {
        Root = Directory.CreateTempSubdirectory("zielsite-sample-").FullName;
        prepare?.Invoke(Root);
        SampleGenerator.Write(Root, options);
    }

    public string Root { get; }

    /// <summary>Every observation file's rows: (ags, "YYYY-MM", measure) → value.</summary>
    public Dictionary<(string Ags, string Month, string Measure), long> ReadObservations()
    {
        var result = new Dictionary<(string, string, string), long>();
        foreach (var file in Directory.GetFiles(Path.Combine(Root, "data", "kennzahlen"), "*.csv").Order(StringComparer.Ordinal))
        {
            var lines = File.ReadAllLines(file);
            Assert.Equal("ags;month;measure;value", lines[0]);
            foreach (var line in lines.Skip(1))
            {
                var p = line.Split(';');
                Assert.Equal(4, p.Length);
                Assert.True(result.TryAdd((p[0], p[1], p[2]), long.Parse(p[3], NumberStyles.None, CultureInfo.InvariantCulture)), line);
            }
        }
        return result;
    }

    /// <summary>All files below the root, as relative paths with '/', in ordinal order.</summary>
    public IReadOnlyList<string> Files() => FilesBelow(Root);

    public static IReadOnlyList<string> FilesBelow(string root) =>
        Directory.GetFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToArray();

    /// <summary>The repository root (the folder holding ZielSite.sln).</summary>
    public static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ZielSite.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("ZielSite.sln not found above " + AppContext.BaseDirectory);
    }

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); }
        catch (IOException) { }
    }
}
