namespace ZielSite.Tests;

/// <summary>Where the repository and the built program are, for tests that use real files.</summary>
public static class TestPaths
{
    public static string RepoRoot { get; } = FindRepoRoot();

    /// <summary>The built <c>zielsite.dll</c> (copied next to the tests by the project reference).</summary>
    public static string CliDll => Path.Combine(AppContext.BaseDirectory, "zielsite.dll");

    /// <summary>The built-in folder shipped with the program (templates/ and pages/).</summary>
    public static string BuiltinDir => Path.Combine(AppContext.BaseDirectory, "builtin");

    /// <summary>Copies the default project (content/, data/ and its zielsite.json) into <paramref name="to"/>.</summary>
    public static void CopyDefaultProject(string to)
    {
        foreach (var dir in new[] { "content", "data" })
        {
            var from = Path.Combine(RepoRoot, dir);
            foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
            {
                var target = Path.Combine(to, dir, Path.GetRelativePath(from, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }
        }
        File.Copy(Path.Combine(RepoRoot, "zielsite.json"), Path.Combine(to, "zielsite.json"));
    }

    private static string FindRepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ZielSite.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("ZielSite.sln not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>A temporary folder removed at the end of a test.</summary>
public sealed class TempDir : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("zielsite-test-").FullName;

    public string this[string relative] => System.IO.Path.Combine(Path, relative);

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); } catch (IOException) { }
    }
}
