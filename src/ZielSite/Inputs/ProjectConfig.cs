namespace ZielSite.Inputs;

/// <summary>
/// A project's settings (<c>zielsite.json</c> in the project root; every field optional).
/// </summary>
/// <param name="Title">Site title, e.g. "Zielvereinbarungen SGB II in Nordrhein-Westfalen".</param>
/// <param name="Land">The Land, e.g. "Nordrhein-Westfalen".</param>
/// <param name="TotalName">Name of the total of all regions, e.g. "alle zkT in NRW".</param>
/// <param name="RoundedComparison">True (default): targets are compared on values rounded to one decimal, as shown.</param>
/// <param name="AllowRawHtml">False (default): raw HTML in Markdown pages is escaped.</param>
/// <param name="BaseUrl">Absolute URL the site is published under (only for sitemap.xml); null = relative.</param>
/// <param name="Contact">Feedback contact for the accessibility statement (e-mail address).</param>
/// <param name="Sheets">The sheets of .xlsx data files to read ("sheets"); null = every sheet with a header.</param>
public sealed record ProjectConfig(
    string Title = "Zielvereinbarungen SGB II in Nordrhein-Westfalen",
    string Land = "Nordrhein-Westfalen",
    string TotalName = "alle zkT in NRW",
    bool RoundedComparison = true,
    bool AllowRawHtml = false,
    string? BaseUrl = null,
    string Contact = "barrierefreiheit@example.org",
    IReadOnlyList<string>? Sheets = null)
{
    public static ProjectConfig Default { get; } = new();
}
