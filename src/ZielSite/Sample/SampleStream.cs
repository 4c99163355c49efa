namespace ZielSite.Sample;

/// <summary>Purposes of independent random streams: changing how one thing is drawn never shifts the others.</summary>
internal enum SampleStream
{
    RegionName = 1,
    Profile = 2,
    YearShocks = 3,
    MonthNoise = 4,
    Targets = 5,
    Signatory = 6,
    Wording = 7,
    Style = 8,
}
