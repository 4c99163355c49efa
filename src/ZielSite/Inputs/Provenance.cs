namespace ZielSite.Inputs;

/// <summary>
/// Where a data file's values come from (a <c>provenance.json</c> beside the data, or a
/// <c>NAME.provenance.json</c> beside one file). <see cref="IsSample"/> makes every page that shows the data
/// carry the sample-data notice.
/// </summary>
public sealed record Provenance(string Source, string? Retrieved, string? Licence, bool IsSample, string? Note, string File);
