namespace ZielSite.Inputs;

/// <summary>
/// The project folder is the boundary of what a build reads: a project file may come from an outside contributor's
/// pull request, and a link in it could otherwise publish any file the build can read (<c>/proc/self/environ</c>
/// holds the CI's secrets, <c>/etc/…</c> the machine's). <see cref="Leaves"/> resolves every link on the way to a
/// file (folders too) and says where a path ends up when that is outside the project folder. Files without size
/// (FIFOs, devices, and the files of <c>/proc</c>) are never opened: <see cref="IsSizeless"/>.
/// </summary>
internal static class ProjectBoundary
{
    /// <summary>More links than this on the way to one file is taken for a loop.</summary>
    private const int MaxLinks = 40;

    /// <summary>
    /// Null where <paramref name="path"/> (after every link on its way) is inside <paramref name="root"/> (also after
    /// its links); else the reason, naming the link's target: "it is a link to '/proc/self/environ', outside the project folder".
    /// </summary>
    public static string? Leaves(string root, string path)
    {
        var realRoot = RealPath(root);
        var real = RealPath(path);
        if (realRoot is null || real is null) return "it is a link in a loop (more than 40 links on the way); it is not followed";
        // Inside, or nothing there (a broken link: reported as such by the reader, nothing can be read through it).
        if (Inside(realRoot, real) || !(File.Exists(real) || Directory.Exists(real))) return null;
        // Named as written in the link where the path itself is one ("/proc/self/environ"), else where it ends.
        string? written = null;
        try { written = new FileInfo(Path.TrimEndingDirectorySeparator(Path.GetFullPath(path))).LinkTarget; }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
        var shown = written is null ? real : Path.IsPathRooted(written) ? written : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, written));
        return $"it is a link to '{shown}', outside the project folder; files outside the project are never read";
    }

    /// <summary>True where <paramref name="path"/> is <paramref name="folder"/> or below it (both real, absolute).</summary>
    public static bool Inside(string folder, string path)
    {
        var f = Path.TrimEndingDirectorySeparator(folder);
        return path == f || path.StartsWith(f + Path.DirectorySeparatorChar, StringComparison.Ordinal) || f == Path.GetPathRoot(f);
    }

    /// <summary>
    /// True for an existing file with no size: an empty file, but also a FIFO (opening it would wait for a writer
    /// for ever) or a device. Its content is taken as empty without opening it.
    /// </summary>
    public static bool IsSizeless(string path)
    {
        try { return new FileInfo(path).Length == 0; }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return false; }
    }

    /// <summary>The absolute path with every link on the way resolved (as the system's realpath), or null for a loop.</summary>
    public static string? RealPath(string path)
    {
        var full = Path.GetFullPath(path);
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS() && !OperatingSystem.IsFreeBSD())
            return new FileInfo(full).LinkTarget is null ? full : new FileInfo(full).ResolveLinkTarget(true)?.FullName ?? full;
        var pending = new Stack<string>();
        foreach (var c in full.Split('/', StringSplitOptions.RemoveEmptyEntries).Reverse()) pending.Push(c);
        var current = "/";
        var links = 0;
        while (pending.Count > 0)
        {
            var c = pending.Pop();
            if (c == ".") continue;
            if (c == "..")
            {
                current = Path.GetDirectoryName(current) ?? "/";
                continue;
            }
            var next = current == "/" ? "/" + c : current + "/" + c;
            string? target = null;
            try { target = new FileInfo(next).LinkTarget; }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
            if (target is null)
            {
                current = next;
                continue;
            }
            if (++links > MaxLinks) return null;
            if (target.StartsWith('/')) current = "/";
            foreach (var t in target.Split('/', StringSplitOptions.RemoveEmptyEntries).Reverse()) pending.Push(t);
        }
        return current;
    }
}
