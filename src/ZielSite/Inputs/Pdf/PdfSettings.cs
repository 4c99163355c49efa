namespace ZielSite.Inputs.Pdf;

/// <summary>How scanned PDFs are recognised: the OCR engine (null: none installed) and where recognised text is kept (null: nowhere).</summary>
public sealed record PdfSettings(IOcrEngine? Ocr, OcrCache? Cache)
{
    /// <summary>OCRmyPDF from the PATH where installed; the OCR texts in <c>.zielsite-cache/ocr/</c> of the project.</summary>
    public static PdfSettings ForProject(string root) =>
        new(OcrMyPdf.Find(), new OcrCache(Path.Combine(root, ProjectLoader.CacheFolder, "ocr")));
}
