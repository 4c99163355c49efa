using Markdig;

namespace ZielSite.Rendering;

/// <summary>
/// The one Markdown pipeline of the project's pages (<c>content/pages/*.md</c>, which an outside contributor may
/// propose): only the extensions a page author needs (tables, footnotes, definition lists, abbreviations, task lists,
/// emphasis extras, heading ids, autolinks). Left out on purpose, as each lets a page write markup the site does not
/// control: generic attributes (<c>{onload=…}</c>, <c>{style="background:url(https://…)"}</c>, <c>srcset</c>: script
/// and requests to other hosts), media links (an image address of a video site becomes an <c>iframe</c> of that
/// host), custom containers (any class name, e.g. the site's own notices), diagrams and mathematics (markup for
/// scripts the site does not ship). Raw HTML is escaped unless the project allows it (<c>allow_raw_html</c>).
/// </summary>
internal static class MarkdownPipelines
{
    public static MarkdownPipeline Pages(bool allowRawHtml)
    {
        var builder = new MarkdownPipelineBuilder()
            .UseAbbreviations()
            .UseAutoIdentifiers()
            .UseCitations()
            .UseDefinitionLists()
            .UseEmphasisExtras()
            .UseFootnotes()
            .UseGridTables()
            .UsePipeTables()
            .UseListExtras()
            .UseTaskLists()
            .UseAutoLinks();
        if (!allowRawHtml) builder.DisableHtml();
        // Tables of Markdown pages scroll inside their own labelled box, never the page (after the pipe-table extension).
        builder.Extensions.AddIfNotAlready<MarkdownTableBoxes>();
        return builder.Build();
    }
}
