namespace ZielSite.Rendering;

/// <summary>The line styles of the site's charts.</summary>
internal enum ChartStyle
{
    Current,
    Previous,
    Target,
    Women,
    Men,
    Total,
}
