using System.CommandLine;
using System.Globalization;
using ZielSite.Diagnostics;
using ZielSite.Publishing;

namespace ZielSite.Cli.Commands;

/// <summary>
/// <c>zielsite archive --year YYYY [--force] [--edition YYYY-MM-DD]</c>: freezes that year's pages as they stand
/// now into the project's <c>archiv/YYYY/</c>; an archived year is never replaced without <c>--force</c>.
/// </summary>
internal static class ArchiveCommand
{
    public static Command Create() =>
        new Command("archive", "Freeze that year's pages into archiv/YYYY/ of the project")
            .WithBuildOptions()
            .With(new Option<string>("--year") { Description = "The year to archive", HelpName = "YYYY", Required = true },
                  new Option<bool>("--force") { Description = "Replace a year archived before" },
                  new Option<string>("--edition") { Description = "The edition date (default: the day of SOURCE_DATE_EPOCH, else today)", HelpName = "YYYY-MM-DD" })
            .Runs(Run);

    public static int Run(Arguments a)
    {
        Common.RequireProject(a);
        var year = Common.Int(a, "year", 0, 1900, 2999);
        if (year == 0) throw new UsageException("'archive' needs --year");
        var edition = Edition(a);
        var diagnostics = new DiagnosticBag();
        if (!ArchiveWriter.CheckTarget(a.Project, year, a.Has("force"), diagnostics))
            return Common.Report(diagnostics.ToSortedList());

        using var temp = new BundleCommand.TempFolder();
        var siteDir = Path.Combine(temp.Path, "site");
        var result = BundleCommand.Build(a, siteDir);
        var code = Common.Report(result.Diagnostics);
        if (!result.Written)
        {
            Console.Error.WriteLine("zielsite: build failed; nothing archived");
            return 1;
        }
        var files = YearArchiver.Create(SiteReader.Read(siteDir), year, edition, ToolVersion.Current, diagnostics);
        if (!diagnostics.HasErrors) ArchiveWriter.Write(a.Project, year, files, a.Has("force"), diagnostics);
        code = Math.Max(code, Common.Report(diagnostics.ToSortedList()));
        if (diagnostics.HasErrors) return 1;
        var pages = files.Count(f => f.Path.StartsWith($"{year}/", StringComparison.Ordinal) && f.Path.EndsWith(".html", StringComparison.Ordinal));
        Console.WriteLine($"zielsite: archived {year}: {pages} pages and {files.Count - pages - 1} other files to " +
                          $"{ArchiveWriter.YearDir(a.Project, year)} (Ausgabe {edition.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)})");
        return code;
    }

    /// <summary>The edition date: <c>--edition</c>, else the day of <c>SOURCE_DATE_EPOCH</c> (UTC), else today.</summary>
    private static DateOnly Edition(Arguments a)
    {
        if (a.Get("edition") is { } text)
        {
            return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
                ? d
                : throw new UsageException($"--edition must be a date YYYY-MM-DD, not '{text}'");
        }
        if (a.Has("edition")) throw new UsageException("--edition needs a date YYYY-MM-DD");
        return Common.SourceDateEpoch() is { } t ? DateOnly.FromDateTime(t.UtcDateTime) : DateOnly.FromDateTime(DateTime.Now);
    }
}
