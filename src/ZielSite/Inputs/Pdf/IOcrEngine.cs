namespace ZielSite.Inputs.Pdf;

/// <summary>
/// Recognises the text of a scanned PDF (<see cref="OcrMyPdf"/>; tests put a fake in its place). The text has
/// one part per page, separated by a form feed (<c>\f</c>), as OCRmyPDF's sidecar file has it.
/// </summary>
public interface IOcrEngine
{
    /// <summary>What the recognition depends on besides the PDF (program and language); part of the OCR cache key.</summary>
    string Identity { get; }

    /// <summary>The text of every page of <paramref name="pdf"/> (with <paramref name="pages"/> pages), or why there is none.</summary>
    OcrResult Recognise(byte[] pdf, int pages);
}

/// <summary>The recognised text (pages separated by <c>\f</c>), or a failure: its code (<c>Diagnostics.DiagnosticCodes</c>) and message.</summary>
public sealed record OcrResult(string? Text, string? FailureCode = null, string? Failure = null)
{
    public static OcrResult Failed(string code, string message) => new(null, code, message);
}
