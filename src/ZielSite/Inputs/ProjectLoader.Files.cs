using System.Security.Cryptography;
using ZielSite.Diagnostics;
using ZielSite.Inputs.Pdf;
using ZielSite.Text;

namespace ZielSite.Inputs;

public static partial class ProjectLoader
{
    /// <summary>
    /// The largest text file read whole (agreements, corrections, pages, config, provenance): 8 MB. The real
    /// agreements are below 100 KB; a larger file is almost surely not an agreement's OCR text.
    /// </summary>
    public const long MaxTextFileBytes = 8 * 1024 * 1024;

    /// <summary>
    /// Reads and decodes a whole text file and records its hash; null (with an error of <paramref name="code"/>)
    /// when it cannot be read or is larger than <see cref="MaxTextFileBytes"/>.
    /// </summary>
    private static (string Text, string Encoding)? ReadText(string root, string path, string display, IDictionary<string, string> hashes, string code, DiagnosticBag diagnostics)
    {
        var span = new SourceSpan(display);
        if (!WithinProject(root, path, display, diagnostics)) return null;
        try
        {
            if (Directory.Exists(path))
            {
                diagnostics.Error(code, span, "this is a folder, not a file");
                return null;
            }
            var length = new FileInfo(path).Length;
            if (length > MaxTextFileBytes)
            {
                diagnostics.Error(code, span, $"the file has {length / (1024 * 1024)} MB; text files larger than {MaxTextFileBytes / (1024 * 1024)} MB are not supported");
                return null;
            }
            var bytes = ProjectBoundary.IsSizeless(path) ? [] : File.ReadAllBytes(path);
            hashes[display] = Convert.ToHexStringLower(SHA256.HashData(bytes));
            return TextDecoder.Decode(bytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(code, span, Unreadable(path, e));
            return null;
        }
    }

    /// <summary>
    /// Reads an agreement PDF whole (at most <see cref="PdfLimits.MaxBytes"/>), records its hash and reads its text
    /// (<see cref="PdfAgreementReader"/>); null with an error where it cannot be read.
    /// </summary>
    private static PdfText? ReadPdf(string root, string path, string display, IDictionary<string, string> hashes, PdfSettings pdf, DiagnosticBag diagnostics)
    {
        var span = new SourceSpan(display);
        if (!WithinProject(root, path, display, diagnostics)) return null;
        byte[] bytes;
        try
        {
            if (Directory.Exists(path))
            {
                diagnostics.Error(DiagnosticCodes.InputUnreadable, span, "this is a folder, not a file");
                return null;
            }
            var length = new FileInfo(path).Length;
            if (length > PdfLimits.MaxBytes)
            {
                diagnostics.Error(DiagnosticCodes.PdfTooLarge, span, $"the PDF has {length / (1024 * 1024)} MB; at most {PdfLimits.MaxBytes / (1024 * 1024)} MB are read");
                return null;
            }
            bytes = ProjectBoundary.IsSizeless(path) ? [] : File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(DiagnosticCodes.InputUnreadable, span, Unreadable(path, e));
            return null;
        }
        hashes[display] = Convert.ToHexStringLower(SHA256.HashData(bytes));
        return PdfAgreementReader.Read(bytes, display, pdf, diagnostics);
    }

    /// <summary>The cap of <c>regions.csv</c> and <c>spalten.csv</c> (a Germany-scale regions.csv has some 40 KB).</summary>
    public const long MaxRegionFileBytes = 16 * 1024 * 1024;

    /// <summary>The cap of one CSV data file (a Germany-scale long table of ten years has some 150 MB).</summary>
    public const long MaxCsvFileBytes = 1024L * 1024 * 1024;

    /// <summary>Streams a file through <paramref name="read"/> (hashing it on the way); an I/O failure becomes a <see cref="DiagnosticCodes.CsvFileUnreadable"/> error, and so does a file over <paramref name="maxBytes"/> (checked before it is opened).</summary>
    private static void ReadStream(string root, string path, string display, DiagnosticBag diagnostics, Action<Stream> read, IDictionary<string, string> hashes,
        long maxBytes = long.MaxValue)
    {
        if (!WithinProject(root, path, display, diagnostics)) return;
        try
        {
            if (maxBytes != long.MaxValue && !ProjectBoundary.IsSizeless(path) && new FileInfo(path).Length is var length && length > maxBytes)
            {
                diagnostics.Error(DiagnosticCodes.CsvFileUnreadable, new SourceSpan(display),
                    $"the file has {length} bytes; files of this kind larger than {maxBytes / (1024 * 1024)} MB ({maxBytes} bytes) are not read");
                return;
            }
            using var stream = new HashingStream(ProjectBoundary.IsSizeless(path) ? new MemoryStream([], writable: false) : File.OpenRead(path));
            read(stream);
            hashes[display] = stream.Finish();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(DiagnosticCodes.CsvFileUnreadable, new SourceSpan(display), Unreadable(path, e));
        }
    }

    private const string BrokenLink = "this is a link to something that does not exist";

    /// <summary>False (with a <see cref="DiagnosticCodes.InputOutsideProject"/> error naming the link's target) where the file leads out of the project.</summary>
    private static bool WithinProject(string root, string path, string display, DiagnosticBag diagnostics)
    {
        if (ProjectBoundary.Leaves(root, path) is not { } reason) return true;
        diagnostics.Error(DiagnosticCodes.InputOutsideProject, new SourceSpan(display), reason);
        return false;
    }

    private static string Unreadable(string path, Exception e) => e switch
    {
        UnauthorizedAccessException => "the file cannot be read: permission denied",
        FileNotFoundException or DirectoryNotFoundException when IsBrokenLink(path) => BrokenLink,
        FileNotFoundException or DirectoryNotFoundException => "the file disappeared while the project was read",
        _ => $"the file cannot be read: {e.Message}",
    };

    private static bool IsBrokenLink(string path) => IsBrokenLink(new FileInfo(path));

    /// <summary>True for a link whose final target does not exist (.NET's <c>Exists</c> is true for the link itself).</summary>
    private static bool IsBrokenLink(FileSystemInfo info)
    {
        try
        {
            return info.LinkTarget is not null && info.ResolveLinkTarget(returnFinalTarget: true) is not { Exists: true };
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>
    /// Why decoded agreement text is not an agreement's text (a PDF, an image, UTF-16, other binary content),
    /// or null when it is text. Text has no NUL and almost no other control characters.
    /// </summary>
    internal static string? NotTextReason(string text)
    {
        if (text.StartsWith("%PDF-", StringComparison.Ordinal))
            return "the file is a PDF named .txt; rename it to .pdf (ZielSite reads PDFs, and scans with OCRmyPDF)";
        if (text.Length >= 2 && (text.StartsWith("ÿþ", StringComparison.Ordinal) || text.StartsWith("þÿ", StringComparison.Ordinal)))
            return "the file is UTF-16 text; save it as UTF-8";
        var controls = 0;
        foreach (var c in text)
        {
            if (c == '\0') return "the file is not text (it contains NUL bytes: binary content)";
            if (c < ' ' && c is not ('\n' or '\r' or '\t' or '\f')) controls++;
        }
        return controls > 16 && controls * 100 > text.Length
            ? $"the file is not text ({controls} control characters: binary content)"
            : null;
    }

    /// <summary>
    /// Files below a folder in ordinal order of their relative paths. Hidden files and folders (name starting
    /// with '.') are skipped. A folder that cannot be listed, a link that points back to a folder already read
    /// (a loop) and a broken link are reported as <see cref="DiagnosticCodes.InputUnreadable"/>, never followed.
    /// </summary>
    internal static IReadOnlyList<string> FilesBelow(string root, string dir, string pattern, DiagnosticBag diagnostics)
    {
        var files = new List<string>();
        var extension = pattern == "*" ? null : Path.GetExtension(pattern);
        var onPath = new HashSet<string>(StringComparer.Ordinal);
        var realRoot = ProjectBoundary.RealPath(root) ?? Path.GetFullPath(root);
        Walk(dir, Path.GetFullPath(dir));
        return files.OrderBy(p => Path.GetRelativePath(dir, p).Replace('\\', '/'), StringComparer.Ordinal).ToList();

        void Walk(string folder, string real)
        {
            if (!onPath.Add(real)) return;
            FileSystemInfo[] entries;
            try
            {
                entries = new DirectoryInfo(folder).GetFileSystemInfos();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                diagnostics.Error(DiagnosticCodes.InputUnreadable, new SourceSpan(Display(root, folder) + "/"),
                    e is UnauthorizedAccessException ? "the folder cannot be read: permission denied" : $"the folder cannot be read: {e.Message}");
                onPath.Remove(real);
                return;
            }
            foreach (var entry in entries)
            {
                var display = Display(root, entry.FullName);
                if (entry.Name.StartsWith('.'))
                {
                    // Hidden folders (.git) and housekeeping files (.gitkeep, .DS_Store) are skipped silently; a hidden
                    // file that looks like an input (.borken.txt, .2025.csv: often a rename gone wrong) is named.
                    if (entry is not DirectoryInfo && LooksLikeInput(entry.Name))
                        diagnostics.Warning(DiagnosticCodes.InputNotRead, new SourceSpan(display),
                            "this file is not read because its name starts with '.' (hidden); rename it if it is an input");
                    continue;
                }
                if (entry is DirectoryInfo sub)
                {
                    var subReal = sub.LinkTarget is null ? Path.Combine(real, sub.Name) : sub.ResolveLinkTarget(returnFinalTarget: true)?.FullName;
                    if (subReal is null || !Directory.Exists(subReal))
                        diagnostics.Error(DiagnosticCodes.InputUnreadable, new SourceSpan(display + "/"), BrokenLink);
                    else if (sub.LinkTarget is not null && ProjectBoundary.Leaves(realRoot, entry.FullName) is { } outside)
                        diagnostics.Error(DiagnosticCodes.InputOutsideProject, new SourceSpan(display + "/"), outside);
                    else if (onPath.Contains(Path.TrimEndingDirectorySeparator(subReal)))
                        diagnostics.Error(DiagnosticCodes.InputUnreadable, new SourceSpan(display + "/"),
                            "the folder is a link to a folder that contains it (a loop); it is not followed");
                    else
                        Walk(entry.FullName, Path.TrimEndingDirectorySeparator(subReal));
                    continue;
                }
                if (extension is not null && !entry.Name.EndsWith(extension, StringComparison.OrdinalIgnoreCase)) continue;
                if (IsBrokenLink(entry))
                {
                    diagnostics.Error(DiagnosticCodes.InputUnreadable, new SourceSpan(display), BrokenLink);
                    continue;
                }
                if (entry.LinkTarget is not null && ProjectBoundary.Leaves(realRoot, entry.FullName) is { } leaves)
                {
                    diagnostics.Error(DiagnosticCodes.InputOutsideProject, new SourceSpan(display), leaves);
                    continue;
                }
                files.Add(entry.FullName);
            }
            onPath.Remove(real);
        }
    }

    private static readonly string[] InputExtensions = [".txt", ".pdf", ".csv", ".xlsx", ".json", ".md", ".html", ".scriban", ".css", ".js", ".svg"];

    private static bool LooksLikeInput(string name) =>
        InputExtensions.Any(e => name.EndsWith(e, StringComparison.OrdinalIgnoreCase)) && name.TrimStart('.').Contains('.');

    internal static string Display(string root, string path) => Path.GetRelativePath(root, path).Replace('\\', '/');
}
