using ZielSite.Agreements;

namespace ZielSite.Rendering;

/// <summary>An agreement as shown on a region page: parties, legal basis, the readable text and the link to the original file (relative to the site root).</summary>
internal sealed record AgreementView(
    IReadOnlyList<Party> Parties,
    string? LegalBasis,
    IReadOnlyList<AgreementBlockView> Blocks,
    string SourcePath,
    string SourceName,
    int? SteeringDialogues,
    IReadOnlyList<string> Documents)
{
    /// <summary>The words of the link to the original and their article (<see cref="AgreementSources.LinkText"/>).</summary>
    public string SourceLabel { get; init; } = "Originaldatei";

    public string SourceArticle { get; init; } = "die";
}
