using ZielSite.Diagnostics;
using ZielSite.Inputs.Pdf;
using ZielSite.Text;

namespace ZielSite.Inputs;

/// <summary>
/// Reads a project folder (docs/contract.md layout): config, regions, data files, provenance, agreement texts
/// with their correction files, Markdown pages, and which template folders apply. All file I/O of the
/// input stage happens here; everything after works on the returned values.
/// </summary>
public static partial class ProjectLoader
{
    /// <summary>The folder of a project where ZielSite keeps what it can reuse (rebuild cache, OCR text): <c>.zielsite-cache</c>.</summary>
    public const string CacheFolder = ".zielsite-cache";

    /// <summary>File name suffix of an editor's correction beside an agreement: <c>kreis-borken.korrektur.txt</c>.</summary>
    public const string CorrectionSuffix = ".korrektur.txt";

    /// <param name="root">The project folder.</param>
    /// <param name="builtinDir">Folder with the built-in <c>templates/</c> and <c>pages/</c> shipped with the program (may be null).</param>
    public static ProjectInputs Load(string root, string? builtinDir, DiagnosticBag diagnostics)
    {
        var basics = LoadBasics(root, diagnostics);
        var sources = LoadSources(basics, builtinDir, diagnostics);
        return Join(sources, LoadData(basics, diagnostics));
    }

    /// <summary>
    /// The first step of reading a project: its folders checked, config and regions (the rest empty). Then
    /// <see cref="LoadSources"/> (agreement texts, pages, templates) and <see cref="LoadData"/> (the data files)
    /// can run side by side, since neither reads what the other does; <see cref="Join"/> puts the two together.
    /// </summary>
    public static ProjectInputs LoadBasics(string root, DiagnosticBag diagnostics)
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
        if (File.Exists(configPath) || Directory.Exists(configPath))
        {
            if (ReadText(root, configPath, ConfigReader.FileName, hashes, DiagnosticCodes.ConfigInvalid, diagnostics) is (var text, _))
                config = ConfigReader.Read(text, ConfigReader.FileName, diagnostics);
        }

        var regions = ReadRegions(root, hashes, diagnostics);
        return new ProjectInputs(root, config, regions, ObservationTable.Empty, [], [], [], [], hashes) { Map = ReadMap(root, regions, hashes, diagnostics) };
    }

    /// <summary>
    /// Agreement texts (with corrections), Markdown pages and the template folders of a project read by
    /// <see cref="LoadBasics"/>: the same inputs with those and their hashes added.
    /// </summary>
    /// <param name="pdf">How scanned PDFs are recognised; by default OCRmyPDF where installed, with the OCR texts in the project's cache folder.</param>
    public static ProjectInputs LoadSources(ProjectInputs basics, string? builtinDir, DiagnosticBag diagnostics, PdfSettings? pdf = null)
    {
        var root = basics.Root;
        var hashes = new SortedDictionary<string, string>(basics.InputHashes.ToDictionary(), StringComparer.Ordinal);
        var agreements = ReadAgreements(root, hashes, pdf ?? PdfSettings.ForProject(root), diagnostics);
        var pages = ReadPages(root, builtinDir, hashes, diagnostics);
        // Not for a folder that is no project (its missing content/ is the one error worth reading).
        if (Directory.Exists(Path.Combine(root, "content"))) Placeholders.Check(basics.Config, pages, diagnostics);
        var templateDirs = new List<string>();
        if (Directory.Exists(Path.Combine(root, "templates"))) templateDirs.Add(Path.Combine(root, "templates"));
        if (builtinDir is not null && Directory.Exists(Path.Combine(builtinDir, "templates")))
        {
            var builtin = Path.GetFullPath(Path.Combine(builtinDir, "templates"));
            if (!templateDirs.Contains(builtin)) templateDirs.Add(builtin);
        }
        return basics with { Agreements = agreements, Pages = pages, TemplateDirs = templateDirs, InputHashes = hashes };
    }

    /// <summary>
    /// The data files (observations and provenance records) below <c>data/</c> of a project read by
    /// <see cref="LoadBasics"/>: the same inputs with <see cref="ProjectInputs.Data"/>, provenance and the data
    /// files' hashes added. Reads only regions and config of <paramref name="basics"/>, so it may run beside
    /// <see cref="LoadSources"/> and the agreement stage (with a diagnostic bag of its own).
    /// </summary>
    public static ProjectInputs LoadData(ProjectInputs basics, DiagnosticBag diagnostics)
    {
        var hashes = new SortedDictionary<string, string>(basics.InputHashes.ToDictionary(), StringComparer.Ordinal);
        var (data, provenance, files) = ReadData(basics.Root, basics.Regions, basics.Config, hashes, diagnostics);
        return basics with { Data = data, Provenance = provenance, InputHashes = hashes, DataFiles = files };
    }

    /// <summary>The inputs of <see cref="LoadSources"/> with the data, provenance and hashes of <see cref="LoadData"/> (both from the same basics).</summary>
    public static ProjectInputs Join(ProjectInputs sources, ProjectInputs data)
    {
        var hashes = new SortedDictionary<string, string>(sources.InputHashes.ToDictionary(), StringComparer.Ordinal);
        foreach (var (file, hash) in data.InputHashes) hashes[file] = hash;
        return sources with { Data = data.Data, Provenance = data.Provenance, InputHashes = hashes, DataFiles = data.DataFiles };
    }

    private static IReadOnlyList<Region> ReadRegions(string root, IDictionary<string, string> hashes, DiagnosticBag diagnostics)
    {
        const string display = "data/regions.csv";
        var path = Path.Combine(root, "data", "regions.csv");
        if (!File.Exists(path))
        {
            if (Directory.Exists(path))
                diagnostics.Error(DiagnosticCodes.CsvFileUnreadable, new SourceSpan(display), "data/regions.csv is a folder, not a file (columns ags;name;kind)");
            else if (IsBrokenLink(path))
                diagnostics.Error(DiagnosticCodes.CsvFileUnreadable, new SourceSpan(display), BrokenLink);
            else if (Directory.Exists(Path.Combine(root, "data")))
                diagnostics.Error(DiagnosticCodes.ProjectFolderMissing, new SourceSpan(display), "the project has no data/regions.csv (columns ags;name;kind)");
            return [];
        }
        IReadOnlyList<Region> regions = [];
        var before = diagnostics.Count;
        ReadStream(root, path, display, diagnostics, stream => regions = RegionReader.Read(stream, display, diagnostics), hashes, MaxRegionFileBytes);
        if (regions.Count == 0 && diagnostics.Count == before)
            diagnostics.Error(DiagnosticCodes.RegionInvalid, new SourceSpan(display), "data/regions.csv lists no region (only its header)");
        return regions;
    }

    /// <summary>The optional <c>data/karte.geojson</c> (<see cref="MapReader"/>); null without it (a site without maps).</summary>
    private static GeoMap? ReadMap(string root, IReadOnlyList<Region> regions, IDictionary<string, string> hashes, DiagnosticBag diagnostics)
    {
        var path = Path.Combine(root, MapReader.FileName);
        if (!File.Exists(path) && !Directory.Exists(path)) return null;
        return ReadText(root, path, MapReader.FileName, hashes, DiagnosticCodes.MapInvalid, diagnostics) is (var text, _)
            ? MapReader.Read(text, MapReader.FileName, regions, diagnostics)
            : null;
    }

    private static (ObservationTable, IReadOnlyList<Provenance>, IReadOnlyList<DataFileSummary>) ReadData(
        string root, IReadOnlyList<Region> regions, ProjectConfig config, IDictionary<string, string> hashes, DiagnosticBag diagnostics)
    {
        var dataDir = Path.Combine(root, "data");
        if (!Directory.Exists(dataDir)) return (ObservationTable.Empty, [], []);
        var names = new RegionNames(regions);
        var known = names.Known;
        // Without any region (regions.csv is missing or broken, which is reported), every row's AGS would be
        // "unknown": those warnings would only repeat that one error.
        var all = diagnostics;
        if (regions.Count == 0) diagnostics = new DiagnosticBag();
        var builder = new ObservationTable.Builder();
        var provenance = new List<Provenance>();
        var summaries = new List<DataFileSummary>();
        var map = ColumnMap.Default;
        const string mapDisplay = "data/" + ColumnMap.FileName;
        var mapPath = Path.Combine(dataDir, ColumnMap.FileName);
        if (File.Exists(mapPath))
            ReadStream(root, mapPath, mapDisplay, diagnostics, stream => map = ColumnMap.Read(stream, mapDisplay, diagnostics), hashes, MaxRegionFileBytes);
        foreach (var path in FilesBelow(root, dataDir, "*", diagnostics))
        {
            var display = Display(root, path);
            var name = Path.GetFileName(path);
            if (ProvenanceReader.IsProvenanceFile(name))
            {
                if (ReadText(root, path, display, hashes, DiagnosticCodes.ProvenanceInvalid, diagnostics) is (var text, _) &&
                    ProvenanceReader.Read(text, display, diagnostics) is { } p)
                    provenance.Add(p);
                continue;
            }
            if (name.StartsWith("~$", StringComparison.Ordinal)) continue; // a spreadsheet program's lock file
            if (name.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
            {
                ReadStream(root, path, display, diagnostics, stream => summaries.AddRange(XlsxReader.Read(stream, display, config.Sheets, map, names, builder, diagnostics)), hashes);
                continue;
            }
            if (!name.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
            {
                // Notes beside the data (README.txt, the map's karte.LIZENZ.md) are documentation; the map is read by MapReader.
                if (display != MapReader.FileName && !IsNote(name, txtIsNote: true))
                    NotRead(display, "data files are read as .csv (long or wide tables), .xlsx workbooks and provenance .json records", diagnostics);
                continue;
            }
            if (display == "data/regions.csv" || display == mapDisplay) continue;
            var isLong = true;
            ReadStream(root, path, display, diagnostics, stream => isLong = ObservationReader.Read(stream, display, known, builder, diagnostics, allowWide: true, summaries), hashes, MaxCsvFileBytes);
            if (isLong) continue;
            ReadStream(root, path, display, diagnostics, stream =>
            {
                if (WideCsvReader.Read(stream, display, map, names, builder, diagnostics) is { } summary) summaries.Add(summary);
            }, hashes);
        }
        if (regions.Count == 0) all.AddRange(diagnostics.ToSortedList().Where(d => d.Code != DiagnosticCodes.CsvUnknownRegion));
        return (builder.Build(), provenance, summaries);
    }

    private static IReadOnlyList<AgreementSource> ReadAgreements(string root, IDictionary<string, string> hashes, PdfSettings pdf, DiagnosticBag diagnostics)
    {
        var dir = Path.Combine(root, "content", "agreements");
        if (!Directory.Exists(dir)) return [];
        var paths = FilesBelow(root, dir, "*", diagnostics).Where(path =>
        {
            var name = Path.GetFileName(path);
            if (name.EndsWith(CorrectionSuffix, StringComparison.OrdinalIgnoreCase)) return false;
            if (name.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) || PdfAgreementReader.IsPdfName(name)) return true;
            // A note for the editors (the README.md that 'zielsite new' writes) is documentation, not an unread agreement.
            if (!IsNote(name, txtIsNote: false))
                NotRead(Display(root, path), "agreements are read as .txt (with a .korrektur.txt beside them) and .pdf", diagnostics);
            return false;
        }).ToList();
        // Read, hashed and decoded in parallel (thousands of files at Germany scale); kept in path order. Each file's
        // diagnostics come from one thread in order, and the bag sorts by file, so the report does not change.
        var sources = new AgreementSource?[paths.Count];
        var fileHashes = new Dictionary<string, string>[paths.Count];
        Parallel.For(0, paths.Count, i =>
        {
            fileHashes[i] = new Dictionary<string, string>(StringComparer.Ordinal);
            sources[i] = ReadAgreement(root, dir, paths[i], fileHashes[i], pdf, diagnostics);
        });
        foreach (var own in fileHashes)
            foreach (var (file, hash) in own) hashes[file] = hash;
        return sources.OfType<AgreementSource>().ToList();
    }

    private static AgreementSource? ReadAgreement(string root, string dir, string path, IDictionary<string, string> hashes, PdfSettings pdf, DiagnosticBag diagnostics)
    {
        var display = Display(root, path);
        string text, encoding;
        SourcePages? pages = null;
        if (PdfAgreementReader.IsPdfName(path))
        {
            if (ReadPdf(root, path, display, hashes, pdf, diagnostics) is not { } read) return null;
            (text, encoding, pages) = (read.Text, read.Recognised ? "pdf+ocr" : "pdf", read.SourcePages);
        }
        else
        {
            if (ReadText(root, path, display, hashes, DiagnosticCodes.InputUnreadable, diagnostics) is not (var decoded, var decodedEncoding)) return null;
            (text, encoding) = (decoded, decodedEncoding);
            if (NotTextReason(text) is { } reason)
            {
                diagnostics.Error(DiagnosticCodes.AgreementNotText, new SourceSpan(display), reason);
                return null;
            }
        }
        var correctionPath = Path.Combine(Path.GetDirectoryName(path)!, Path.GetFileNameWithoutExtension(path) + CorrectionSuffix);
        string? correctionFile = null, correctionText = null;
        if (File.Exists(correctionPath))
        {
            correctionFile = Display(root, correctionPath);
            correctionText = ReadText(root, correctionPath, correctionFile, hashes, DiagnosticCodes.CorrectionInvalid, diagnostics)?.Text;
            if (correctionText is null) correctionFile = null;
        }
        return new AgreementSource(display, Path.GetRelativePath(dir, path).Replace('\\', '/'), path, text, encoding, correctionFile, correctionText, pages);
    }

    /// <summary>
    /// Page slugs the generated site uses itself: a Markdown page of that name would overwrite or shadow a
    /// generated file. Year folders (all digits) are reserved as well.
    /// </summary>
    private static readonly string[] ReservedPageSlugs = ["assets", "quellen", "suche", "index", "404"];

    private static IReadOnlyList<MarkdownPage> ReadPages(string root, string? builtinDir, IDictionary<string, string> hashes, DiagnosticBag diagnostics)
    {
        var pages = new SortedDictionary<string, MarkdownPage>(StringComparer.Ordinal);
        if (builtinDir is not null && Directory.Exists(Path.Combine(builtinDir, "pages")))
        {
            // The built-in pages ship with the program; a project page of the same slug replaces one.
            foreach (var path in Directory.EnumerateFiles(Path.Combine(builtinDir, "pages"), "*.md").Order(StringComparer.Ordinal))
            {
                var slug = Slug.From(Path.GetFileNameWithoutExtension(path));
                var text = TextDecoder.Decode(File.ReadAllBytes(path)).Text;
                pages[slug] = new MarkdownPage(slug, TitleOf(text, slug), text, "(built-in)/pages/" + Path.GetFileName(path));
            }
        }
        var dir = Path.Combine(root, "content", "pages");
        if (!Directory.Exists(dir)) return pages.Values.ToList();
        var own = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in FilesBelow(root, dir, "*", diagnostics))
        {
            var display = Display(root, path);
            if (!path.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
            {
                NotRead(display, "pages are read as Markdown files named .md", diagnostics);
                continue;
            }
            var slug = Slug.From(Path.GetFileNameWithoutExtension(path));
            var problem = slug.Length == 0 ? "the page's file name has no letter or digit, so it gives no address (slug); rename the file"
                : slug.All(char.IsAsciiDigit) ? $"the page's address '{slug}/' would be taken for a year folder of the site; rename the file"
                : ReservedPageSlugs.Contains(slug) ? $"the page's address '{slug}/' is used by the site itself; rename the file"
                : own.TryGetValue(slug, out var other) ? $"the page has the same address '{slug}/' as {other}; rename one of them"
                : null;
            if (problem is not null)
            {
                diagnostics.Error(DiagnosticCodes.ContentPageInvalid, new SourceSpan(display), problem);
                continue;
            }
            if (ReadText(root, path, display, hashes, DiagnosticCodes.InputUnreadable, diagnostics) is not (var text, _)) continue;
            own[slug] = display;
            pages[slug] = new MarkdownPage(slug, TitleOf(text, slug), text, display);
        }
        return pages.Values.ToList();
    }

    /// <summary>A warning (<see cref="DiagnosticCodes.InputNotRead"/>) for a file of an input folder that no reader takes, naming the formats that are read.</summary>
    private static void NotRead(string display, string formats, DiagnosticBag diagnostics) =>
        diagnostics.Warning(DiagnosticCodes.InputNotRead, new SourceSpan(display),
            $"this file is not read (its format is not one ZielSite reads; {formats}); convert it or move it out of the folder");

    /// <summary>Notes beside the inputs (README.md, a licence note) are documentation, not unread inputs.</summary>
    private static bool IsNote(string name, bool txtIsNote) =>
        name.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || (txtIsNote && name.EndsWith(".txt", StringComparison.OrdinalIgnoreCase));

    private static string TitleOf(string markdown, string fallback)
    {
        foreach (var line in markdown.Split('\n'))
        {
            if (line.StartsWith("# ", StringComparison.Ordinal)) return line[2..].Trim();
        }
        return fallback;
    }
}
