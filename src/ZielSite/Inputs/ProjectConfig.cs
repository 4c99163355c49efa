namespace ZielSite.Inputs;

/// <summary>
/// A project's settings (<c>zielsite.json</c> in the project root; every field optional). The defaults name no
/// Land and no publisher: a project says who it is in its own <c>zielsite.json</c> (the default project's names
/// Nordrhein-Westfalen; <c>zielsite new</c> writes one for any Land).
/// </summary>
/// <param name="Title">Site title, e.g. "Zielvereinbarungen SGB II in Bayern".</param>
/// <param name="Land">The Land, e.g. "Bayern"; empty when not set.</param>
/// <param name="TotalName">Name of the total of all regions, e.g. "Bayern insgesamt".</param>
/// <param name="RoundedComparison">True (default): targets are compared on values rounded to one decimal, as shown.</param>
/// <param name="AllowRawHtml">False (default): raw HTML in Markdown pages is escaped.</param>
/// <param name="BaseUrl">Absolute URL the site is published under (only for sitemap.xml); null = relative.</param>
/// <param name="Contact">Feedback contact for the Impressum and the accessibility statement (e-mail address); a
/// placeholder until set, which the build warns about (<see cref="Placeholders"/>).</param>
/// <param name="Sheets">The sheets of .xlsx data files to read ("sheets"); null = every sheet with a header.</param>
public sealed record ProjectConfig(
    string Title = "Zielvereinbarungen SGB II",
    string Land = "",
    string TotalName = "alle Regionen",
    bool RoundedComparison = true,
    bool AllowRawHtml = false,
    string? BaseUrl = null,
    string Contact = Placeholders.ContactPlaceholder,
    IReadOnlyList<string>? Sheets = null)
{
    public static ProjectConfig Default { get; } = new();
}
