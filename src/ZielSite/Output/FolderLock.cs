using System.Diagnostics;

namespace ZielSite.Output;

/// <summary>
/// One build at a time per folder (the site's <c>--out</c>, the <c>--cache</c>): an exclusive lock on a file beside
/// the folder, <c>.&lt;name&gt;.zielsite-lock</c>, held for the whole build. <see cref="FileShare.None"/> is an
/// exclusive <c>flock</c> on Linux, so another process (or another build in this one) cannot open it, and the lock
/// goes with the process if it is killed: no stale lock to clean up. The file itself is left in place (deleting a lock
/// file lets a third build lock a new file while the second still holds the old one).
/// </summary>
public sealed class FolderLock : IDisposable
{
    private readonly FileStream _stream;

    private FolderLock(FileStream stream, string path)
    {
        _stream = stream;
        Path = path;
    }

    /// <summary>The lock file (absolute).</summary>
    public string Path { get; }

    /// <summary>The lock file of <paramref name="folder"/>: beside it, so the swap of the folder does not touch it.</summary>
    public static string LockPathOf(string folder)
    {
        var full = System.IO.Path.TrimEndingDirectorySeparator(System.IO.Path.GetFullPath(folder));
        var parent = System.IO.Path.GetDirectoryName(full) ?? full;
        return System.IO.Path.Combine(parent, $".{System.IO.Path.GetFileName(full)}.zielsite-lock");
    }

    /// <summary>
    /// Takes the lock of <paramref name="folder"/>, waiting up to <paramref name="wait"/> while another build holds it;
    /// null when it is still held then. Throws on other I/O failures (no permission to create the lock file).
    /// </summary>
    public static FolderLock? TryAcquire(string folder, TimeSpan wait)
    {
        var path = LockPathOf(folder);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        var clock = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                var stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
                return new FolderLock(stream, path);
            }
            catch (IOException) when (File.Exists(path) && !Directory.Exists(path))
            {
                // Held by another build (EWOULDBLOCK from flock): wait a little and try again, up to the bound.
                if (clock.Elapsed >= wait) return null;
                Thread.Sleep(TimeSpan.FromMilliseconds(100));
            }
        }
    }

    public void Dispose() => _stream.Dispose();
}
