namespace ZielSite.Sample;

/// <summary>
/// One generated agreement: region, year, the file it is written to (<see cref="Path"/>, relative to the project,
/// with '/'), the expected targets in text order, the number of Steuerungsdialoge and the full text (LF line ends).
/// </summary>
public sealed record GeneratedAgreement(
    string Ags,
    string RegionName,
    int Year,
    string Path,
    int SteeringDialogues,
    IReadOnlyList<GeneratedTarget> Targets,
    string Text);
