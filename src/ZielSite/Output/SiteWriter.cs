using System.Runtime.InteropServices;
using ZielSite.Diagnostics;

namespace ZielSite.Output;

/// <summary>
/// Writes a site atomically: every file goes into a temporary folder beside the target, and only a complete
/// folder is moved into place (an atomic exchange of the two folders on Linux). A failed or killed build
/// leaves the previous site as it was. A marker file identifies folders that ZielSite wrote, so a build never
/// replaces a folder that holds anything else.
/// </summary>
internal static class SiteWriter
{
    /// <summary>Marker file in every site folder ZielSite writes.</summary>
    public const string MarkerFile = ".zielsite-output";

    /// <summary>Names ZielSite never writes at the top of a site, which a user puts into a published folder (repositories, GitHub Pages' CNAME).</summary>
    private static readonly string[] ForeignNames = [".git", ".hg", ".svn", "CNAME"];

    internal const string MarkerText = "This folder was written by ZielSite and is replaced as a whole on every build.\n";

    /// <summary>
    /// Checks that <paramref name="outDir"/> may be (re)placed: not the project root, not a parent of it,
    /// not inside content/, data/, templates/ or archiv/, and either absent, empty, or an earlier ZielSite output.
    /// </summary>
    public static bool CheckTarget(string outDir, string projectRoot, DiagnosticBag diagnostics)
    {
        var target = Normalize(outDir);
        var root = Normalize(projectRoot);
        var span = new SourceSpan(outDir);
        if (target == root || root.StartsWith(target + Path.DirectorySeparatorChar, StringComparison.Ordinal) || target == Path.GetPathRoot(target)?.TrimEnd(Path.DirectorySeparatorChar))
        {
            diagnostics.Error(DiagnosticCodes.OutputRefused, span, "refusing to write the site into the project folder or one of its parents; choose an output folder such as _site");
            return false;
        }
        foreach (var input in new[] { "content", "data", "templates", "archiv" })
        {
            var inputDir = Path.Combine(root, input);
            if (target == inputDir || target.StartsWith(inputDir + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                diagnostics.Error(DiagnosticCodes.OutputRefused, span, $"refusing to write the site inside the project's input folder '{input}/'");
                return false;
            }
        }
        if (File.Exists(target))
        {
            diagnostics.Error(DiagnosticCodes.OutputRefused, span, "the output path is a file, not a folder");
            return false;
        }
        // An earlier ZielSite output that someone added a repository or a host's file to: the swap would lose them.
        if (Directory.Exists(target) && File.Exists(Path.Combine(target, MarkerFile))
            && ForeignNames.FirstOrDefault(n => Path.Exists(Path.Combine(target, n))) is { } foreign)
        {
            diagnostics.Error(DiagnosticCodes.OutputRefused, span,
                $"refusing to replace '{outDir}': it holds '{foreign}', which ZielSite did not write and a build would remove; move it out (keep such files in your deployment, not in the output folder)");
            return false;
        }
        if (Directory.Exists(target) && !File.Exists(Path.Combine(target, MarkerFile)) && Directory.EnumerateFileSystemEntries(target).Any())
        {
            diagnostics.Error(DiagnosticCodes.OutputRefused, span,
                $"refusing to replace '{outDir}': it is not empty and was not written by ZielSite (no {MarkerFile} file); remove it or choose another folder");
            return false;
        }
        return true;
    }

    /// <summary>
    /// Starts writing a new site for <paramref name="outDir"/>: cleans up after a killed build, then creates an
    /// empty staging folder beside the target. Files are added as they are produced; see <see cref="StagingSite"/>.
    /// </summary>
    public static StagingSite Begin(string outDir) => Begin(outDir, LockWait);

    /// <summary>How long a build waits for another build into the same folder to finish: 2 minutes.</summary>
    public static readonly TimeSpan LockWait = TimeSpan.FromMinutes(2);

    /// <inheritdoc cref="Begin(string)"/>
    /// <param name="wait">How long to wait while another build holds the folder's lock.</param>
    public static StagingSite Begin(string outDir, TimeSpan wait)
    {
        var target = Normalize(outDir);
        var parent = Path.GetDirectoryName(target)!;
        var name = Path.GetFileName(target);
        Directory.CreateDirectory(parent);
        // One build at a time per output folder: the lock is held from before the clean-up of killed builds until
        // the new site is in place, so no build removes another's live staging folder or swaps in over it.
        var lockFile = Lock(LockPath(target), target, wait);
        try
        {
            Recover(parent, name);
            var staging = Path.Combine(parent, $".{name}.zielsite-new-{Environment.ProcessId}");
            if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
            Directory.CreateDirectory(staging);
            return new StagingSite(target, parent, name, staging, lockFile);
        }
        catch
        {
            lockFile.Dispose();
            throw;
        }
    }

    /// <summary>
    /// The lock file of a folder: in the system's temporary folder (<c>zielsite-locks/</c>, named by the SHA-256 of the
    /// folder's full path), so that nothing appears beside a user's site or in a project; tiny, never deleted (deleting
    /// a lock file while another process waits for it would let two builds in).
    /// </summary>
    public static string LockPath(string folder)
    {
        var dir = Path.Combine(Path.GetTempPath(), "zielsite-locks");
        Directory.CreateDirectory(dir);
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(Normalize(folder))));
        return Path.Combine(dir, hash[..32] + ".lock");
    }

    /// <summary>
    /// Takes the exclusive lock of <paramref name="path"/> (an open file no other process can open: flock on Unix,
    /// a share mode on Windows), waiting up to <paramref name="wait"/> for another build; an <see cref="IOException"/> saying so after that.
    /// </summary>
    internal static FileStream Lock(string path, string target, TimeSpan wait)
    {
        var until = DateTime.UtcNow + wait;
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.None);
            }
            catch (IOException) when (DateTime.UtcNow < until && File.Exists(path))
            {
                Thread.Sleep(100);
            }
            catch (IOException e) when (File.Exists(path))
            {
                throw new IOException($"another ZielSite build is writing to '{target}' (it holds {path}); waited {wait.TotalSeconds.ToString("0", System.Globalization.CultureInfo.InvariantCulture)} s. Run one build at a time per output folder", e);
            }
        }
    }

    /// <summary>
    /// Writes <paramref name="files"/> as the new content of <paramref name="outDir"/>. Throws on I/O failure,
    /// in which case the previous content is left in place.
    /// </summary>
    public static void Write(string outDir, IReadOnlyList<OutputFile> files)
    {
        using var site = Begin(outDir);
        foreach (var file in files) site.Add(file);
        site.Commit();
    }

    /// <summary>Joins a site-relative path to the folder and refuses any path that would leave it.</summary>
    public static string SafeCombine(string dir, string relative)
    {
        if (relative.Length == 0 || relative.Contains('\\') || relative.Contains('\0') || Path.IsPathRooted(relative) ||
            relative.Split('/').Any(s => s is "" or "." or ".."))
            throw new InvalidOperationException($"output path '{relative}' is not a plain relative path");
        var full = Path.GetFullPath(Path.Combine(dir, relative));
        if (!full.StartsWith(dir + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            throw new InvalidOperationException($"output path '{relative}' leaves the output folder");
        return full;
    }

    internal static void Swap(string staging, string target, string parent, string name)
    {
        if (!Directory.Exists(target))
        {
            Directory.Move(staging, target);
            return;
        }
        if (TryExchange(staging, target))
        {
            // staging now holds the previous site; the caller removes it (StagingSite.Commit).
            return;
        }
        // No atomic exchange on this system: two renames, with the old folder kept until the new one is in place.
        var old = Path.Combine(parent, $".{name}.zielsite-old-{Environment.ProcessId}");
        Directory.Move(target, old);
        try
        {
            Directory.Move(staging, target);
        }
        catch
        {
            Directory.Move(old, target);
            throw;
        }
        TryDelete(old);
    }

    /// <summary>Cleans up after a build that was killed: restores a previous site left aside, removes stale staging folders.</summary>
    private static void Recover(string parent, string name)
    {
        var target = Path.Combine(parent, name);
        foreach (var dir in Directory.EnumerateDirectories(parent, $".{name}.zielsite-*").Order(StringComparer.Ordinal))
        {
            if (Path.GetFileName(dir).StartsWith($".{name}.zielsite-old-", StringComparison.Ordinal) && !Directory.Exists(target))
                Directory.Move(dir, target);
            else
                TryDelete(dir);
        }
    }

    internal static void TryDelete(string dir)
    {
        try { if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }

    private static string Normalize(string path) => Path.GetFullPath(path).TrimEnd(Path.DirectorySeparatorChar);

    private static bool TryExchange(string a, string b)
    {
        if (!OperatingSystem.IsLinux()) return false;
        try
        {
            return Native.renameat2(Native.AtFdCwd, a, Native.AtFdCwd, b, Native.RenameExchange) == 0;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    private static class Native
    {
        public const int AtFdCwd = -100;
        public const uint RenameExchange = 2;

        [DllImport("libc", SetLastError = true, CharSet = CharSet.Ansi)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        [System.Diagnostics.CodeAnalysis.SuppressMessage("Globalization", "CA2101", Justification = "libc takes UTF-8 paths: LPUTF8Str, which the rule (written for Windows' A/W functions) does not know.")]
        public static extern int renameat2(int olddirfd, [MarshalAs(UnmanagedType.LPUTF8Str)] string oldpath, int newdirfd, [MarshalAs(UnmanagedType.LPUTF8Str)] string newpath, uint flags);
    }
}
