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

    /// <summary>The level target line of women (K2 chart): women's colour, its own dash.</summary>
    TargetWomen,

    /// <summary>The level target line of men (K2 chart): men's colour, its own dash.</summary>
    TargetMen,
}
