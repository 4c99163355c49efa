using System.Diagnostics;
using ZielSite.Diagnostics;

namespace ZielSite.Inputs.Pdf;

/// <summary>
/// Runs OCRmyPDF (with Tesseract's German model) as an external program on a scanned PDF and returns its sidecar
/// text: <c>ocrmypdf -l deu --force-ocr --output-type none --sidecar TEXT SCAN.pdf -</c>. One recognition at a time
/// (it uses every core itself); one that runs longer than <see cref="PdfLimits.OcrTimeout"/> is stopped with all its
/// child processes. Tesseract runs with one thread per page (<c>OMP_THREAD_LIMIT=1</c>), which is faster on a busy machine.
/// </summary>
internal sealed class OcrMyPdf(string executable, Func<int, TimeSpan>? timeout = null) : IOcrEngine
{
    /// <summary>What to install on Debian or Ubuntu for scanned PDFs.</summary>
    public const string InstallCommand = "apt-get install ocrmypdf tesseract-ocr-deu";

    private static readonly SemaphoreSlim OneAtATime = new(1, 1);

    public string Executable { get; } = executable;

    public string Identity => "ocrmypdf -l deu --force-ocr v1";

    /// <summary>OCRmyPDF as found on the PATH, or null where it is not installed.</summary>
    public static OcrMyPdf? Find()
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        foreach (var dir in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(dir, OperatingSystem.IsWindows() ? "ocrmypdf.exe" : "ocrmypdf");
            if (File.Exists(candidate)) return new OcrMyPdf(candidate);
        }
        return null;
    }

    public OcrResult Recognise(byte[] pdf, int pages)
    {
        try
        {
            return Run(pdf, pages);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return OcrResult.Failed(DiagnosticCodes.PdfOcrFailed, $"the scan could not be handed to OCRmyPDF (temporary folder: {e.Message})");
        }
    }

    private OcrResult Run(byte[] pdf, int pages)
    {
        var limit = (timeout ?? PdfLimits.OcrTimeout)(pages);
        var dir = Directory.CreateTempSubdirectory("zielsite-ocr-");
        OneAtATime.Wait();
        try
        {
            var input = Path.Combine(dir.FullName, "scan.pdf");
            var sidecar = Path.Combine(dir.FullName, "text.txt");
            File.WriteAllBytes(input, pdf);
            var start = new ProcessStartInfo(Executable)
            {
                RedirectStandardError = true,
                RedirectStandardOutput = true,
                RedirectStandardInput = true,
                UseShellExecute = false,
            };
            foreach (var a in new[] { "-l", "deu", "--force-ocr", "--output-type", "none", "--sidecar", sidecar,
                         "--max-image-mpixels", (PdfLimits.MaxImagePixels / 1_000_000).ToString(System.Globalization.CultureInfo.InvariantCulture),
                         "-q", input, "-" })
                start.ArgumentList.Add(a);
            start.Environment["OMP_THREAD_LIMIT"] = "1";
            var errors = new Queue<string>();
            using var process = new Process { StartInfo = start };
            process.ErrorDataReceived += (_, e) =>
            {
                if (string.IsNullOrWhiteSpace(e.Data)) return;
                lock (errors)
                {
                    errors.Enqueue(e.Data.Trim());
                    if (errors.Count > 20) errors.Dequeue();
                }
            };
            process.OutputDataReceived += (_, _) => { };
            try
            {
                process.Start();
            }
            catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException)
            {
                return OcrResult.Failed(DiagnosticCodes.PdfOcrUnavailable, $"OCRmyPDF ({Executable}) cannot be started: {e.Message}; install it: {InstallCommand}");
            }
            process.StandardInput.Close();
            process.BeginErrorReadLine();
            process.BeginOutputReadLine();
            if (!process.WaitForExit(limit))
            {
                try { process.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
                process.WaitForExit();
                var within = limit.TotalSeconds < 120 ? $"{limit.TotalSeconds:0} seconds" : $"{limit.TotalMinutes:0} minutes";
                return OcrResult.Failed(DiagnosticCodes.PdfOcrFailed,
                    $"OCRmyPDF did not finish within {within} for a PDF of {pages} page(s) and was stopped");
            }
            process.WaitForExit();
            string last;
            lock (errors) last = string.Join(" | ", errors.TakeLast(3));
            if (process.ExitCode != 0)
            {
                var hint = last.Contains("language", StringComparison.OrdinalIgnoreCase) ? $"; install the German model: {InstallCommand}" : "";
                return OcrResult.Failed(DiagnosticCodes.PdfOcrFailed,
                    $"OCRmyPDF failed (exit code {process.ExitCode}){(last.Length > 0 ? ": " + Shorten(last) : "")}{hint}");
            }
            if (!File.Exists(sidecar))
                return OcrResult.Failed(DiagnosticCodes.PdfOcrFailed, "OCRmyPDF finished but wrote no text");
            return new OcrResult(File.ReadAllText(sidecar));
        }
        finally
        {
            OneAtATime.Release();
            try { dir.Delete(recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    private static string Shorten(string s) => s.Length > 300 ? s[..300] + "…" : s;
}
