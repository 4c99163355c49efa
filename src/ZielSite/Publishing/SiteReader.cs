using ZielSite.Output;

namespace ZielSite.Publishing;

/// <summary>Reads a built site folder back into <see cref="OutputFile"/>s, for bundles and archives.</summary>
public static class SiteReader
{
    /// <summary>
    /// Every file below <paramref name="siteDir"/> with its site-relative path, in ordinal order. Hidden files
    /// and folders (names starting with "."), such as the output marker, are not part of the site.
    /// </summary>
    public static IReadOnlyList<OutputFile> Read(string siteDir)
    {
        siteDir = Path.GetFullPath(siteDir);
        return Directory.EnumerateFiles(siteDir, "*", SearchOption.AllDirectories)
            .Select(p => (Full: p, Relative: Path.GetRelativePath(siteDir, p).Replace('\\', '/')))
            .Where(p => !p.Relative.Split('/').Any(s => s.StartsWith('.')))
            .OrderBy(p => p.Relative, StringComparer.Ordinal)
            .Select(p => new OutputFile(p.Relative, File.ReadAllBytes(p.Full)))
            .ToList();
    }
}
