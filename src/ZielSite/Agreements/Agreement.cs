using ZielSite.Diagnostics;
using ZielSite.Inputs;

namespace ZielSite.Agreements;

/// <summary>
/// What was read from one agreement file (Zielvereinbarung). Fields that could not be read are null or empty
/// and explained in <see cref="Diagnostics"/>. <see cref="File"/> is the path relative to the project, with
/// forward slashes. <see cref="Ags"/> is null where the region is not in <c>data/regions.csv</c>.
/// </summary>
public sealed record Agreement(
    string File,
    string? RegionName,
    RegionKind? RegionKind,
    string? Ags,
    int? Year,
    IReadOnlyList<Target> Targets,
    IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>The two parties with their representatives, in the order of the text.</summary>
    public IReadOnlyList<Party> Parties { get; init; } = [];

    /// <summary>The legal basis as written, e.g. "§ 48b Abs. 1 S. 1 Nr. 4 SGB II".</summary>
    public string? LegalBasis { get; init; }

    /// <summary>Goals I–III with their titles and monitoring lists.</summary>
    public IReadOnlyList<Goal> Goals { get; init; } = [];

    /// <summary>The number of Steuerungsdialoge agreed, where stated.</summary>
    public int? SteeringDialogues { get; init; }

    /// <summary>Documents that are part of the agreement (e.g. the Lokales Planungsdokument).</summary>
    public IReadOnlyList<string> Documents { get; init; } = [];

    /// <summary>The text reflowed for reading: headings, paragraphs, list items, each with its first source line.</summary>
    public IReadOnlyList<TextBlock> Blocks { get; init; } = [];

    /// <summary>
    /// The Land of a Land-level agreement (§ 48b Abs. 1 Nr. 3 SGB II: the BMAS with the Land, for all its zugelassenen
    /// kommunalen Träger together), e.g. "Niedersachsen"; <see cref="RegionName"/> is then "Land Niedersachsen" and
    /// <see cref="Ags"/> null. Its targets are judged on the total of all regions. Null for a region's agreement.
    /// </summary>
    public string? Land { get; init; }

    /// <summary>True where the text says it is a generated sample, not a real agreement.</summary>
    public bool IsSample { get; init; }

    /// <summary>Where region, year, legal basis, Steuerungsdialoge and documents were read (1-based lines).</summary>
    public SourceLines Lines { get; init; } = new();

    /// <summary>The diagnostics of <see cref="Diagnostics"/> that concern one target, with its key where known.</summary>
    public IReadOnlyList<TargetIssue> TargetIssues { get; init; } = [];

    public bool HasErrors => Diagnostics.Any(d => d.IsError);
}

/// <summary>A party to the agreement and who signed for it.</summary>
public sealed record Party(string Name, string? Representative, int Line);

/// <summary>A goal (I, II, III) with its title as written and the monitoring items listed under it.</summary>
public sealed record Goal(int Number, string Title, IReadOnlyList<string> Monitoring, int Line);

/// <summary>A block of the readable text.</summary>
public sealed record TextBlock(TextBlockKind Kind, string Text, int Line);

public enum TextBlockKind
{
    Heading,
    Paragraph,
    ListItem,
}
