using ZielSite.Templates;

namespace ZielSite.Rendering;

/// <summary>
/// One comparison figure of a region page, formatted (partials/comparison.sbn-html): all regions on one target of the
/// page's region, as an SVG (<see cref="Svg"/>, with its accessible name and description), its legend, the regions of
/// the same Vergleichstyp (<see cref="Similar"/>, null without a type) and the table of every region behind it.
/// <see cref="Id"/> is unique on the page ("vgl-integrationen-change").
/// </summary>
internal sealed record ComparisonView(
    string Id,
    string Key,
    string Title,
    string Caption,
    RawHtml Svg,
    string Description,
    IReadOnlyList<ComparisonView.LegendItem> Legend,
    ComparisonView.SimilarRegions? Similar,
    string TableCaption,
    string ValueHeader,
    bool HasTypes,
    IReadOnlyList<ComparisonView.Row> Rows)
{
    /// <summary>Where the table shows only some regions: which, and where all are ("Die Tabelle zeigt 31 von 400 Regionen …"); else null.</summary>
    public string? TableNote { get; init; }

    /// <summary>A legend entry: <see cref="Symbol"/> is region, similar, other, total or target (the mark's shape), then the words.</summary>
    public sealed record LegendItem(string Symbol, string Text);

    /// <summary>"Ähnliche Jobcenter (Vergleichstyp IIa)": the other regions of the type with their values and the type's mean.</summary>
    public sealed record SimilarRegions(string Type, string Heading, IReadOnlyList<Member> Members, string Mean, int Count);

    /// <summary>A region of the same type and its value ("+1,0 %", or "keine Daten (…)").</summary>
    public sealed record Member(string Name, string Value);

    /// <summary>
    /// A row of the table: the region, its rank ("7" or "–"), value (or "keine Daten (reason)"), its own target, its
    /// verdict (<see cref="Status"/> the JSON name for the CSS class, symbol and words) and its Vergleichstyp.
    /// </summary>
    public sealed record Row(string Name, bool IsThis, bool IsSimilar, string Rank, string Value, string Target, string Status, string Symbol, string Verdict, string Type);
}
