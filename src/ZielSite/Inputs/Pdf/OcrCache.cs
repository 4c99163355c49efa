using System.Security.Cryptography;
using System.Text;

namespace ZielSite.Inputs.Pdf;

/// <summary>
/// The recognised text of scanned PDFs, one file per PDF content (SHA-256) and OCR engine, in the project's cache
/// folder (<c>.zielsite-cache/ocr/</c>), so that no scan is recognised twice. A missing folder, an unreadable or
/// unwritable file is no cache (never an error); files are written whole (temporary file, then renamed).
/// </summary>
public sealed class OcrCache(string dir)
{
    public string Dir { get; } = dir;

    public string PathOf(string pdfSha256, string engine) =>
        Path.Combine(Dir, pdfSha256 + "-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(engine)))[..12] + ".txt");

    public string? Get(string pdfSha256, string engine)
    {
        try
        {
            var path = PathOf(pdfSha256, engine);
            return File.Exists(path) ? File.ReadAllText(path, Encoding.UTF8) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    public void Put(string pdfSha256, string engine, string text)
    {
        try
        {
            Directory.CreateDirectory(Dir);
            var path = PathOf(pdfSha256, engine);
            var temp = path + ".tmp-" + Environment.ProcessId + "-" + Environment.CurrentManagedThreadId;
            File.WriteAllText(temp, text, new UTF8Encoding(false));
            File.Move(temp, path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A read-only project: the scan is recognised again next time.
        }
    }
}
