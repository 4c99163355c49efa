using ZielSite.Diagnostics;
using ZielSite.Output;

namespace ZielSite.Publishing;

/// <summary>
/// Writes a year's archive into the project (<c>archiv/&lt;year&gt;/</c>): into a staging folder beside it first,
/// then moved into place, so an interrupted run leaves either the old archive or none, never half of one.
/// </summary>
public static class ArchiveWriter
{
    /// <summary>The folder of <paramref name="year"/>'s archive in the project.</summary>
    public static string YearDir(string projectRoot, int year) =>
        Path.Combine(Path.GetFullPath(projectRoot), YearArchiver.Folder, year.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>True when the year has an archive (its folder exists and is not empty).</summary>
    public static bool Exists(string projectRoot, int year)
    {
        var dir = YearDir(projectRoot, year);
        return Directory.Exists(dir) && Directory.EnumerateFileSystemEntries(dir).Any();
    }

    /// <summary>False, with an error, when <paramref name="year"/> is archived already and <paramref name="force"/> is not given.</summary>
    public static bool CheckTarget(string projectRoot, int year, bool force, DiagnosticBag diagnostics)
    {
        // archiv/ or archiv/<year> may be a link from a contributor's pull request: an archive is written only
        // inside the project, never through a link to another folder (that would write, or with --force replace, it).
        var yearDir = YearDir(projectRoot, year);
        foreach (var (path, shown) in new[] { (Path.GetDirectoryName(yearDir)!, $"{YearArchiver.Folder}/"), (yearDir, $"{YearArchiver.Folder}/{year}/") })
        {
            if (Inputs.ProjectBoundary.Leaves(projectRoot, path) is { } why)
            {
                diagnostics.Error(DiagnosticCodes.InputOutsideProject, new SourceSpan(shown), $"{why}; an archive is written only inside the project");
                return false;
            }
        }
        if (force || !Exists(projectRoot, year)) return true;
        diagnostics.Error(DiagnosticCodes.ArchiveExists, new SourceSpan($"{YearArchiver.Folder}/{year}/"),
            $"{year} is archived already; an archive is never changed (use --force to replace it as a whole)");
        return false;
    }

    /// <summary>
    /// Writes <paramref name="files"/> (relative to the year's folder) as the archive of <paramref name="year"/>.
    /// An existing archive is an error unless <paramref name="force"/>, which replaces it as a whole.
    /// </summary>
    /// <returns>False, with an error in <paramref name="diagnostics"/>, when the year is archived already.</returns>
    public static bool Write(string projectRoot, int year, IReadOnlyList<OutputFile> files, bool force, DiagnosticBag diagnostics)
    {
        var target = YearDir(projectRoot, year);
        if (!CheckTarget(projectRoot, year, force, diagnostics)) return false;
        var parent = Path.GetDirectoryName(target)!;
        Directory.CreateDirectory(parent);
        var name = Path.GetFileName(target);
        var staging = Path.Combine(parent, $".{name}.zielsite-new-{Environment.ProcessId}");
        var old = Path.Combine(parent, $".{name}.zielsite-old-{Environment.ProcessId}");
        Delete(staging);
        try
        {
            foreach (var file in files)
            {
                var path = SiteWriter.SafeCombine(staging, file.Path);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllBytes(path, file.Content.ToArray());
            }
            Directory.CreateDirectory(staging);
            if (Directory.Exists(target))
            {
                Directory.Move(target, old);
                try { Directory.Move(staging, target); }
                catch
                {
                    Directory.Move(old, target);
                    throw;
                }
                Delete(old);
            }
            else
            {
                Directory.Move(staging, target);
            }
        }
        finally
        {
            Delete(staging);
        }
        return true;
    }

    private static void Delete(string dir)
    {
        if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
    }
}
