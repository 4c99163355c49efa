using ZielSite.Inputs;

namespace ZielSite.Agreements;

/// <summary>Reads one agreement text (OCR of a scanned Zielvereinbarung) into an <see cref="Agreement"/>.</summary>
public static class AgreementParser
{
    /// <summary>
    /// <paramref name="file"/> is the path shown in diagnostics (relative to the project, forward slashes);
    /// <paramref name="text"/> is the decoded text with LF line ends; <paramref name="regions"/> resolve the AGS.
    /// Never throws on bad input: problems are in <see cref="Agreement.Diagnostics"/>.
    /// </summary>
    public static Agreement Parse(string file, string text, IReadOnlyList<Region> regions) =>
        throw new NotImplementedException("AgreementParser");
}
