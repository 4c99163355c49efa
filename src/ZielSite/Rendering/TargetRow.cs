using ZielSite.Agreements;
using ZielSite.Templates;

namespace ZielSite.Rendering;

/// <summary>
/// One row of the targets table, formatted for display: Ziel | Zielwert | Ist-Wert | Bewertung.
/// <see cref="Status"/> is the JSON name (met, missed, on_track, off_track, no_data), used as CSS class;
/// <see cref="Symbol"/> and <see cref="VerdictText"/> carry the meaning without colour. <see cref="Level"/> is the
/// level behind the change ("1.714 Integrationen, 2022: 1.550") and <see cref="Bullet"/> a small decorative graph of
/// actual against target, both for the verdict cards of the region page (null elsewhere). <see cref="Kind"/> is the
/// target's kind, "change" or "level" (<c>TargetKinds</c>).
/// </summary>
internal sealed record TargetRow(
    string Key,
    string Label,
    string TargetText,
    string ActualText,
    string Status,
    string Symbol,
    string VerdictText,
    string? Reason,
    string? CorrectedNote,
    int SourceLine,
    string Sentence,
    string? Level = null,
    RawHtml? Bullet = null,
    string Kind = TargetKinds.Change)
{
    /// <summary>By how much the target is beaten (+) or missed (−): "+0,5 Pkt." (<see cref="Wording.TargetDistance"/>); null without a value.</summary>
    public string? DistanceText { get; init; }
}
