using ZielSite.Diagnostics;

namespace ZielSite.Inputs;

/// <summary>
/// Text a publisher must replace before a site goes live: the marker <c>PLATZHALTER</c> in a Markdown page (the
/// built-in Impressum and accessibility statement, and those <c>zielsite new</c> writes, carry it) and an
/// accessibility contact that is no real address (unset, a PLATZHALTER, or an example domain of RFC 2606).
/// Each is a warning (an error under <c>--strict</c>), code <see cref="DiagnosticCodes.PlaceholderLeft"/>.
/// </summary>
internal static class Placeholders
{
    public const string Marker = "PLATZHALTER";

    /// <summary>The contact of a project that sets none: published visibly as what it is.</summary>
    public const string ContactPlaceholder = "PLATZHALTER-kontakt@example.org";

    private static readonly string[] ExampleDomains = ["example.org", "example.com", "example.net"];
    private static readonly string[] ExampleSuffixes = [".example", ".invalid", ".test", ".localhost"];

    /// <summary>True when the contact is no real address.</summary>
    public static bool IsPlaceholderContact(string contact)
    {
        var c = contact.Trim();
        if (c.Length == 0 || c.Contains(Marker, StringComparison.OrdinalIgnoreCase)) return true;
        var at = c.LastIndexOf('@');
        var domain = (at < 0 ? c : c[(at + 1)..]).TrimEnd('.').ToLowerInvariant();
        return ExampleDomains.Any(d => domain == d || domain.EndsWith("." + d, StringComparison.Ordinal))
               || ExampleSuffixes.Any(s => domain.EndsWith(s, StringComparison.Ordinal) || domain == s[1..]);
    }

    /// <summary>A warning for each page that still has a placeholder (at its first line with one) and one for a placeholder contact that a page shows.</summary>
    public static void Check(ProjectConfig config, IReadOnlyList<MarkdownPage> pages, DiagnosticBag diagnostics)
    {
        foreach (var page in pages)
        {
            var line = LineOf(page.Markdown, Marker);
            if (line > 0)
            {
                diagnostics.Warning(DiagnosticCodes.PlaceholderLeft, new SourceSpan(page.File, line),
                    $"the page '{page.Title}' still has a placeholder ({Marker}); write the publisher's own text before publishing" +
                    (page.File.StartsWith("(built-in)", StringComparison.Ordinal) ? $" (a built-in page: add content/pages/{page.Slug}.md to the project)" : ""));
            }
        }
        var shown = pages.FirstOrDefault(p => p.Markdown.Contains("{{contact}}", StringComparison.Ordinal));
        if (shown is not null && IsPlaceholderContact(config.Contact))
        {
            diagnostics.Warning(DiagnosticCodes.PlaceholderLeft, new SourceSpan(ConfigReader.FileName),
                $"the contact '{config.Contact}' shown on the page '{shown.Title}' is a placeholder; set \"contact\" in {ConfigReader.FileName} to the publisher's e-mail address");
        }
    }

    private static int LineOf(string text, string what)
    {
        var i = text.IndexOf(what, StringComparison.Ordinal);
        return i < 0 ? 0 : text.AsSpan(0, i).Count('\n') + 1;
    }
}
