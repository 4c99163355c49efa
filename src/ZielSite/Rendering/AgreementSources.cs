using ZielSite.Agreements;

namespace ZielSite.Rendering;

/// <summary>
/// Where an agreement's original file is published: <c>quellen/&lt;path below content/agreements&gt;</c>
/// (the writer copies the files there, a PDF as it is; the region pages link to them).
/// </summary>
public static class AgreementSources
{
    private const string AgreementsFolder = "content/agreements/";

    /// <summary>"content/agreements/2023/kreis-borken.txt" → "quellen/2023/kreis-borken.txt" (relative to the site root).</summary>
    public static string SitePath(Agreement agreement)
    {
        var file = agreement.File.Replace('\\', '/');
        var i = file.IndexOf(AgreementsFolder, StringComparison.Ordinal);
        var relative = i >= 0 ? file[(i + AgreementsFolder.Length)..] : Path.GetFileName(file);
        return "quellen/" + relative.TrimStart('/');
    }

    /// <summary>The words of the link to the original: "PDF-Original" for a PDF (the signed document itself), else "Originaldatei".</summary>
    public static string LinkText(Agreement agreement) =>
        agreement.File.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase) ? "PDF-Original" : "Originaldatei";
}
