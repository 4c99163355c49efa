namespace ZielSite.Inputs;

/// <summary>
/// The text of one agreement file and, where present, of the editor's correction file beside it.
/// <see cref="File"/> is the display path relative to the project (forward slashes); <see cref="RelativePath"/>
/// is the path below <c>content/agreements/</c> (used for the copy of the original on the site). For a PDF,
/// <see cref="Text"/> is the text read from it (text layer or OCR) and <see cref="Pages"/> says which line is on which page.
/// </summary>
public sealed record AgreementSource(
    string File,
    string RelativePath,
    string FullPath,
    string Text,
    string Encoding,
    string? CorrectionFile,
    string? CorrectionText,
    Pdf.SourcePages? Pages = null);
