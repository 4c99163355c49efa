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
    IReadOnlyDictionary<string, string> Extra);
