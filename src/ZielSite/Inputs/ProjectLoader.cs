using ZielSite.Diagnostics;
using ZielSite.Rendering;
using ZielSite.Text;

namespace ZielSite.Inputs;

/// <summary>
/// Reads a project folder (CONTRACT.md layout): config, regions, data files, provenance, agreement texts
/// with their correction files, Markdown pages, and which template folders apply. All file I/O of the
/// input stage happens here; everything after works on the returned values.
/// </summary>
public static class ProjectLoader
{
    /// <summary>File name suffix of an editor's correction beside an agreement: <c>kreis-borken.korrektur.txt</c>.</summary>
    public const string CorrectionSuffix = ".korrektur.txt";

    /// <param name="root">The project folder.</param>
    /// <param name="builtinDir">Folder with the built-in <c>templates/</c> and <c>pages/</c> shipped with the program (may be null).</param>
    public static ProjectInputs Load(string root, string? builtinDir, DiagnosticBag diagnostics)
    {
        root = Path.GetFullPath(root);
        var hashes = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var required in new[] { "content", "data" })
        {
            if (!Directory.Exists(Path.Combine(root, required)))
                diagnostics.Error(DiagnosticCodes.ProjectFolderMissing, new SourceSpan(required + "/"),
                    $"the project has no '{required}/' folder (looked in {root}); a ZielSite project needs content/ and data/");
        }

        var config = ProjectConfig.Default;
        var configPath = Path.Combine(root, ConfigReader.FileName);
        if (File.Exists(configPath))
        {
            var (text, _) = ReadText(configPath, ConfigReader.FileName, hashes);
            config = ConfigReader.Read(text, ConfigReader.FileName, diagnostics);
        }

        var regions = ReadRegions(root, hashes, diagnostics);
        var (data, provenance) = ReadData(root, regions, hashes, diagnostics);
        var agreements = ReadAgreements(root, hashes);
        var pages = ReadPages(root, builtinDir, hashes);
        var templateDirs = new List<string>();
        if (Directory.Exists(Path.Combine(root, "templates"))) templateDirs.Add(Path.Combine(root, "templates"));
        if (builtinDir is not null && Directory.Exists(Path.Combine(builtinDir, "templates")))
        {
            var builtin = Path.GetFullPath(Path.Combine(builtinDir, "templates"));
            if (!templateDirs.Contains(builtin)) templateDirs.Add(builtin);
        }
        return new ProjectInputs(root, config, regions, data, provenance, agreements, pages, templateDirs, hashes);
    }

    private static IReadOnlyList<Region> ReadRegions(string root, IDictionary<string, string> hashes, DiagnosticBag diagnostics)
    {
        const string display = "data/regions.csv";
        var path = Path.Combine(root, "data", "regions.csv");
        if (!File.Exists(path))
        {
            if (Directory.Exists(Path.Combine(root, "data")))
                diagnostics.Error(DiagnosticCodes.ProjectFolderMissing, new SourceSpan(display), "the project has no data/regions.csv (columns ags;name;kind)");
            return [];
        }
        using var stream = new HashingStream(File.OpenRead(path));
        var regions = RegionReader.Read(stream, display, diagnostics);
        hashes[display] = stream.Finish();
        return regions;
    }

    private static (ObservationTable, IReadOnlyList<Provenance>) ReadData(
        string root, IReadOnlyList<Region> regions, IDictionary<string, string> hashes, DiagnosticBag diagnostics)
    {
        var dataDir = Path.Combine(root, "data");
        if (!Directory.Exists(dataDir)) return (ObservationTable.Empty, []);
        var known = regions.Select(r => r.Ags).ToHashSet(StringComparer.Ordinal);
        var builder = new ObservationTable.Builder();
        var provenance = new List<Provenance>();
        foreach (var path in FilesBelow(dataDir, "*"))
        {
            var display = Display(root, path);
            var name = Path.GetFileName(path);
            if (name.EndsWith(".json", StringComparison.OrdinalIgnoreCase) &&
                (name.Equals("provenance.json", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".provenance.json", StringComparison.OrdinalIgnoreCase)))
            {
                var (text, _) = ReadText(path, display, hashes);
                var p = ProvenanceReader.Read(text, display, diagnostics);
                if (p is not null) provenance.Add(p);
                continue;
            }
            if (!name.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) || display == "data/regions.csv") continue;
            using var stream = new HashingStream(File.OpenRead(path));
            ObservationReader.Read(stream, display, known, builder, diagnostics);
            hashes[display] = stream.Finish();
        }
        return (builder.Build(), provenance);
    }

    private static IReadOnlyList<AgreementSource> ReadAgreements(string root, IDictionary<string, string> hashes)
    {
        var dir = Path.Combine(root, "content", "agreements");
        if (!Directory.Exists(dir)) return [];
        var list = new List<AgreementSource>();
        foreach (var path in FilesBelow(dir, "*"))
        {
            var name = Path.GetFileName(path);
            if (name.StartsWith('.') || name.EndsWith(CorrectionSuffix, StringComparison.OrdinalIgnoreCase)) continue;
            if (!name.EndsWith(".txt", StringComparison.OrdinalIgnoreCase)) continue;
            var display = Display(root, path);
            var (text, encoding) = ReadText(path, display, hashes);
            var correctionPath = Path.Combine(Path.GetDirectoryName(path)!, Path.GetFileNameWithoutExtension(path) + CorrectionSuffix);
            string? correctionFile = null, correctionText = null;
            if (File.Exists(correctionPath))
            {
                correctionFile = Display(root, correctionPath);
                (correctionText, _) = ReadText(correctionPath, correctionFile, hashes);
            }
            list.Add(new AgreementSource(display, Path.GetRelativePath(dir, path).Replace('\\', '/'), path, text, encoding, correctionFile, correctionText));
        }
        return list;
    }

    private static IReadOnlyList<MarkdownPage> ReadPages(string root, string? builtinDir, IDictionary<string, string> hashes)
    {
        var pages = new SortedDictionary<string, MarkdownPage>(StringComparer.Ordinal);
        var dirs = new List<(string Dir, bool Builtin)>();
        if (builtinDir is not null) dirs.Add((Path.Combine(builtinDir, "pages"), true));
        dirs.Add((Path.Combine(root, "content", "pages"), false));
        foreach (var (dir, builtin) in dirs)
        {
            if (!Directory.Exists(dir)) continue;
            foreach (var path in FilesBelow(dir, "*.md"))
            {
                var slug = Slug.From(Path.GetFileNameWithoutExtension(path));
                var display = builtin ? "(built-in)/pages/" + Path.GetFileName(path) : Display(root, path);
                var (text, _) = builtin ? (TextDecoder.Decode(File.ReadAllBytes(path)).Text, "") : ReadText(path, display, hashes);
                pages[slug] = new MarkdownPage(slug, TitleOf(text, slug), text, display);
            }
        }
        return pages.Values.ToList();
    }

    private static string TitleOf(string markdown, string fallback)
    {
        foreach (var line in markdown.Split('\n'))
        {
            if (line.StartsWith("# ", StringComparison.Ordinal)) return line[2..].Trim();
        }
        return fallback;
    }

    private static (string Text, string Encoding) ReadText(string path, string display, IDictionary<string, string> hashes)
    {
        var bytes = File.ReadAllBytes(path);
        hashes[display] = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes));
        return TextDecoder.Decode(bytes);
    }

    /// <summary>Files below a folder in ordinal order of their relative paths (hidden folders skipped).</summary>
    internal static IEnumerable<string> FilesBelow(string dir, string pattern) =>
        Directory.EnumerateFiles(dir, pattern, SearchOption.AllDirectories)
            .Where(p => !Path.GetRelativePath(dir, p).Split(Path.DirectorySeparatorChar).Any(s => s.StartsWith('.')))
            .OrderBy(p => Path.GetRelativePath(dir, p).Replace('\\', '/'), StringComparer.Ordinal);

    internal static string Display(string root, string path) => Path.GetRelativePath(root, path).Replace('\\', '/');
}
