using ZielSite.Diagnostics;
using ZielSite.Inputs;
using ZielSite.Rendering;

namespace ZielSite.Tests.Inputs;

/// <summary>What the publisher still has to fill in is a warning (ZS0105) at the page's line; real text is not.</summary>
public class PlaceholdersTests
{
    [Theory]
    [InlineData("", true)]
    [InlineData("PLATZHALTER-kontakt@example.org", true)]
    [InlineData("barrierefreiheit@example.org", true)]
    [InlineData("kontakt@jobcenter.example.com", true)]
    [InlineData("team@amt.test", true)]
    [InlineData("platzhalter", true)]
    [InlineData("barrierefreiheit@mags.nrw.de", false)]
    [InlineData("poststelle@stmas.bayern.de", false)]
    [InlineData("keine (ein Musterprojekt von ZielSite ohne herausgebende Stelle)", false)]
    public void A_contact_is_a_placeholder_when_it_is_empty_marked_or_an_example_domain(string contact, bool placeholder)
    {
        Assert.Equal(placeholder, Placeholders.IsPlaceholderContact(contact));
    }

    [Fact]
    public void A_page_with_a_marker_and_a_placeholder_contact_give_one_warning_each()
    {
        var pages = new[]
        {
            new MarkdownPage("impressum", "Impressum", "# Impressum\n\nHerausgeber:\n\nPLATZHALTER: Name\n", "content/pages/impressum.md"),
            new MarkdownPage("barrierefreiheit", "Erklärung zur Barrierefreiheit", "# Erklärung\n\nKontakt: {{contact}}\n", "(built-in)/pages/barrierefreiheit.md"),
            new MarkdownPage("hinweise", "Hinweise", "# Hinweise\n\nEin Platzhalter ist hier nur ein Wort.\n", "content/pages/hinweise.md"),
        };
        var bag = new DiagnosticBag();
        Placeholders.Check(ProjectConfig.Default, pages, bag);
        Assert.Equal(
        [
            "content/pages/impressum.md:5: warning: the page 'Impressum' still has a placeholder (PLATZHALTER); write the publisher's own text before publishing [ZS0105]",
            "zielsite.json: warning: the contact 'PLATZHALTER-kontakt@example.org' shown on the page 'Erklärung zur Barrierefreiheit' is a placeholder; " +
            "set \"contact\" in zielsite.json to the publisher's e-mail address [ZS0105]",
        ], bag.ToSortedList().Select(d => d.ToString()));

        var filled = new DiagnosticBag();
        Placeholders.Check(ProjectConfig.Default with { Contact = "barrierefreiheit@mags.nrw.de" }, pages.Skip(1).ToList(), filled);
        Assert.Empty(filled.ToSortedList());
    }
}
