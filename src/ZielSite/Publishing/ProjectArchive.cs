using ZielSite.Diagnostics;
using ZielSite.Output;

namespace ZielSite.Publishing;

/// <summary>
/// The yearly archives of a project (<c>archiv/</c>, an input folder the user versions): every file, copied into
/// the site verbatim at <c>archiv/**</c>; the <see cref="Years"/> archived (folders <c>archiv/YYYY/</c> with a
/// manifest), for the live site's links; and the SHA-256 of every file (by project-relative path), for bundle
/// manifests. A build only reads the archive, never writes it.
/// </summary>
internal sealed record ProjectArchive(IReadOnlyList<int> Years, IReadOnlyList<OutputFile> Files, IReadOnlyDictionary<string, string> Hashes)
{
    public static ProjectArchive Empty { get; } = new([], [], new Dictionary<string, string>());

    /// <summary>
    /// Reads <c>archiv/</c> of <paramref name="projectRoot"/> (hidden files skipped) and warns about every
    /// archived file that differs from its year's manifest, is missing, or is not listed in it.
    /// </summary>
    public static ProjectArchive Read(string projectRoot, DiagnosticBag diagnostics)
    {
        var dir = Path.Combine(projectRoot, YearArchiver.Folder);
        if (!Directory.Exists(dir)) return Empty;
        // As every project input: a link out of the project (archiv/2023/x → /etc/…) or a loop is an error, never read.
        var files = Inputs.ProjectLoader.FilesBelow(projectRoot, dir, "*", diagnostics)
            .Select(p => new OutputFile($"{YearArchiver.Folder}/{Path.GetRelativePath(dir, p).Replace('\\', '/')}",
                Inputs.ProjectBoundary.IsSizeless(p) ? Array.Empty<byte>() : File.ReadAllBytes(p)))
            .ToList();
        var hashes = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var f in files) hashes[f.Path] = ManifestFile.Of(f.Path, f.Content.Span).Sha256;

        var years = new List<int>();
        foreach (var yearDir in Directory.EnumerateDirectories(dir).Select(Path.GetFileName).Order(StringComparer.Ordinal))
        {
            if (yearDir is null || yearDir.Length != 4 || !int.TryParse(yearDir, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year))
                continue;
            var prefix = $"{YearArchiver.Folder}/{yearDir}/";
            var manifestPath = prefix + ArchiveManifest.FileName;
            var manifestFile = files.FirstOrDefault(f => f.Path == manifestPath);
            if (manifestFile is null)
            {
                diagnostics.Warning(DiagnosticCodes.ArchiveManifestInvalid, new SourceSpan(prefix),
                    $"the archive of {yearDir} has no {ArchiveManifest.FileName}; it is published as it is but not linked as an archived year");
                continue;
            }
            ArchiveManifest manifest;
            try { manifest = ArchiveManifest.Read(manifestFile.Content.Span); }
            catch (InvalidDataException e)
            {
                diagnostics.Warning(DiagnosticCodes.ArchiveManifestInvalid, new SourceSpan(manifestPath), e.Message);
                continue;
            }
            years.Add(year);
            Check(manifest, prefix, files.Where(f => f.Path.StartsWith(prefix, StringComparison.Ordinal) && f.Path != manifestPath).ToList(), diagnostics);
        }
        return new ProjectArchive(years, files, hashes);
    }

    private static void Check(ArchiveManifest manifest, string prefix, IReadOnlyList<OutputFile> files, DiagnosticBag diagnostics)
    {
        var actual = files.ToDictionary(f => f.Path[prefix.Length..], StringComparer.Ordinal);
        foreach (var listed in manifest.Files)
        {
            var span = new SourceSpan(prefix + listed.Path);
            if (!actual.Remove(listed.Path, out var file))
                diagnostics.Warning(DiagnosticCodes.ArchiveFileChanged, span, "listed in the archive's manifest but missing; the archive is no longer as it was published");
            else if (ManifestFile.Of(listed.Path, file.Content.Span) != listed)
                diagnostics.Warning(DiagnosticCodes.ArchiveFileChanged, span, "changed since it was archived (SHA-256 differs from the archive's manifest)");
        }
        foreach (var extra in actual.Keys.Order(StringComparer.Ordinal))
            diagnostics.Warning(DiagnosticCodes.ArchiveFileChanged, new SourceSpan(prefix + extra), "added to the archive after it was made (not in its manifest)");
    }
}
