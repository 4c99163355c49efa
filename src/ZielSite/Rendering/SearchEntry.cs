using System.Text.Json.Serialization;

namespace ZielSite.Rendering;

/// <summary>
/// One entry of <c>search-index.json</c> (read by <c>assets/search.js</c>). <see cref="Category"/>: <c>r</c> a region,
/// <c>i</c> an indicator (Kennzahl and its targets), <c>o</c> a year's overview, <c>p</c> a page or a section of one,
/// <c>x</c> a Kreis or kreisfreie Stadt of the Land that is not in the project. <see cref="Keywords"/> are folded
/// (<see cref="SearchIndexBuilder.Fold"/>): the script folds the query the same way and matches its words in them.
/// Paths are relative to the site root; a region's page of a year is <c>YEAR/SLUG/index.html</c>.
/// </summary>
internal sealed record SearchEntry(
    [property: JsonPropertyName("c")] string Category,
    [property: JsonPropertyName("t")] string Title,
    [property: JsonPropertyName("k")] string Keywords)
{
    /// <summary>The page (an indicator: its section of the method page); null for a region (see <see cref="Slug"/>) and outside Kreise.</summary>
    [JsonPropertyName("u")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Path { get; init; }

    /// <summary>A line under the title: a region's kind and AGS, an indicator's method section, an overview's verdict count.</summary>
    [JsonPropertyName("d")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Detail { get; init; }

    /// <summary>A region's slug: its page of a year is <c>YEAR/SLUG/index.html</c>.</summary>
    [JsonPropertyName("s")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Slug { get; init; }

    /// <summary>The years of a region (its pages) or an indicator (overviews with its targets), newest first, each with its verdict count.</summary>
    [JsonPropertyName("y")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<SearchYear>? Years { get; init; }
}

/// <summary>A year of a search entry and its verdict count ("3 von 5 Zielen erreicht", "keine Zielvereinbarung").</summary>
internal sealed record SearchYear(
    [property: JsonPropertyName("y")] int Year,
    [property: JsonPropertyName("v")] string Verdicts);

/// <summary>A Markdown page for the search: path, title and its sections (h2 with their ids and text).</summary>
internal sealed record SearchPage(string Path, string Title, IReadOnlyList<PageSection> Sections);

/// <summary>A section of a page: the id of its h2 heading, the heading and the plain text up to the next h2.</summary>
internal sealed record PageSection(string Id, string Title, string Text);
