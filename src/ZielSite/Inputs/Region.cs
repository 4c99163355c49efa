using ZielSite.Diagnostics;

namespace ZielSite.Inputs;

/// <summary>
/// A region from <c>data/regions.csv</c>: a Kreis or kreisfreie Stadt that runs its own Jobcenter.
/// <see cref="Ags"/> is the five-digit Kreisschlüssel as text ("05554"); <see cref="Slug"/> follows docs/contract.md.
/// <see cref="Extra"/> holds further columns of regions.csv (for example <c>vergleichstyp</c>), by header name.
/// </summary>
public sealed record Region(
    string Ags,
    string Name,
    RegionKind Kind,
    string Slug,
    SourceSpan Span,
    IReadOnlyDictionary<string, string> Extra)
{
    /// <summary>
    /// The SGB II-Vergleichstyp of the IAB from the optional column <c>vergleichstyp</c> ("IIa", "Ie"): a short code,
    /// checked by <see cref="RegionReader"/>; null where the column is missing or empty. Regions of the same type are
    /// shown as "ähnliche Jobcenter" on each other's pages.
    /// </summary>
    public string? ComparisonType { get; init; }
}
