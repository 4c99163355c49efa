using ZielSite.Agreements;

namespace ZielSite.Rendering;

/// <summary>
/// Where an agreement's original file is published: <c>quellen/&lt;path below content/agreements&gt;</c>
/// (the writer copies the files there, a PDF as it is; the region pages link to them).
/// </summary>
internal static class AgreementSources
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

    /// <summary>
    /// The link to the original in words, with its article: "das" "PDF-Original" for a PDF (the signed document
    /// itself), else "die" "Originaldatei".
    /// </summary>
    public static (string Article, string Label) LinkText(Agreement agreement) =>
        agreement.File.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase) ? ("das", "PDF-Original") : ("die", "Originaldatei");
}
