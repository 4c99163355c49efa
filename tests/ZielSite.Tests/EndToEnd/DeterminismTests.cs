using ZielSite.Build;

namespace ZielSite.Tests.EndToEnd;

public class DeterminismTests
{
    [Fact]
    public void Two_builds_of_the_same_inputs_are_identical_byte_for_byte()
    {
        using var temp = new TempDir();
        var a = SiteBuilder.Build(new BuildOptions(TestPaths.RepoRoot, temp["a"], BuiltinDir: TestPaths.BuiltinDir));
        var b = SiteBuilder.Build(new BuildOptions(TestPaths.RepoRoot, temp["b"], BuiltinDir: TestPaths.BuiltinDir));
        Assert.True(a.Written && b.Written);
        var filesA = Files(temp["a"]);
        var filesB = Files(temp["b"]);
        Assert.Equal(filesA.Keys, filesB.Keys);
        foreach (var (path, bytes) in filesA)
            Assert.True(bytes.AsSpan().SequenceEqual(filesB[path]), $"{path} differs between two builds");
    }

    private static SortedDictionary<string, byte[]> Files(string dir) =>
        new(Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(dir, f), File.ReadAllBytes), StringComparer.Ordinal);
}
