using System.Collections.Concurrent;

namespace ZielSite.Output;

/// <summary>
/// A site being written: files go straight into a staging folder beside the target as they are produced (so the
/// site is never held in memory), and only <see cref="Commit"/> swaps the complete folder into place. Disposing
/// without a commit (a failed build, a build with errors) removes the staging folder and leaves the previous site
/// as it was. <see cref="Add(OutputFile)"/> is thread-safe; <see cref="Commit"/> and <see cref="Dispose"/> are not.
/// Made by <see cref="SiteWriter.Begin(string)"/>.
/// </summary>
public sealed class StagingSite : IDisposable
{
    private readonly string _target;
    private readonly string _parent;
    private readonly string _name;
    private readonly ConcurrentDictionary<string, byte> _paths = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _dirs = new(StringComparer.Ordinal);
    private bool _done;

    private readonly FileStream? _lock;

    internal StagingSite(string target, string parent, string name, string staging, FileStream? lockFile = null)
    {
        _lock = lockFile;
        _target = target;
        _parent = parent;
        _name = name;
        Folder = staging;
        _dirs[staging] = 0;
    }

    /// <summary>The staging folder (absolute), removed or swapped in at the end.</summary>
    public string Folder { get; }

    /// <summary>Number of files added so far (without the marker file).</summary>
    public int Count => _paths.Count;

    /// <summary>Adds a file; throws <see cref="InvalidOperationException"/> for an unsafe or repeated path (a bug of the caller).</summary>
    public void Add(OutputFile file) => Add(file.Path, file.Content.Span);

    /// <inheritdoc cref="Add(OutputFile)"/>
    public void Add(string path, ReadOnlySpan<byte> content)
    {
        if (!TryAdd(path, content)) throw new InvalidOperationException($"output path '{path}' was written twice");
    }

    /// <summary>Adds a file unless its path was added before (then false, and the first file stays).</summary>
    public bool TryAdd(string path, ReadOnlySpan<byte> content)
    {
        if (Reserve(path) is not { } full) return false;
        // A handle and one positional write: no FileStream, no seek (the file is new and private to this build).
        using var handle = File.OpenHandle(full, FileMode.CreateNew, FileAccess.Write, FileShare.None);
        RandomAccess.Write(handle, content, 0);
        return true;
    }

    /// <summary>
    /// Adds a file whose bytes are already on disk (a cached output): hard-linked where possible, else copied.
    /// False (and nothing added) when the path was added before. Throws on I/O failure, like <see cref="TryAdd"/>.
    /// </summary>
    public bool TryAddExisting(string path, string source)
    {
        if (Reserve(path) is not { } full) return false;
        HardLink.LinkOrCopy(source, full);
        return true;
    }

    /// <summary>The full path for <paramref name="path"/> with its folder made; null when the path was added before.</summary>
    private string? Reserve(string path)
    {
        ObjectDisposedException.ThrowIf(_done, this);
        var full = SiteWriter.SafeCombine(Folder, path);
        if (!_paths.TryAdd(path, 0)) return null;
        var dir = Path.GetDirectoryName(full)!;
        if (!_dirs.ContainsKey(dir))
        {
            Directory.CreateDirectory(dir);
            _dirs.TryAdd(dir, 0);
        }
        return full;
    }

    /// <summary>
    /// Writes the marker file and swaps the staging folder in as the new site (atomic exchange on Linux). The
    /// previous site is then removed; with <paramref name="removeOldInBackground"/> that happens on another thread
    /// while the caller goes on, and <see cref="Dispose"/> waits for it.
    /// </summary>
    public void Commit(bool removeOldInBackground = false)
    {
        ObjectDisposedException.ThrowIf(_done, this);
        var swapped = false;
        try
        {
            File.WriteAllText(Path.Combine(Folder, SiteWriter.MarkerFile), SiteWriter.MarkerText);
            SiteWriter.Swap(Folder, _target, _parent, _name);
            swapped = true;
        }
        finally
        {
            _done = true;
            // After the exchange the staging folder holds the previous site (or nothing, for a first build).
            if (swapped && removeOldInBackground) _cleanup = Task.Run(() => SiteWriter.TryDelete(Folder));
            else SiteWriter.TryDelete(Folder);
        }
    }

    private Task? _cleanup;

    /// <summary>Aborts an uncommitted site: the staging folder is removed, the previous site stays.</summary>
    public void Dispose()
    {
        var cleanup = _cleanup;
        _cleanup = null;
        try
        {
            cleanup?.GetAwaiter().GetResult();
            if (_done) return;
            _done = true;
            SiteWriter.TryDelete(Folder);
        }
        finally
        {
            // The next build into this folder may start now.
            _lock?.Dispose();
        }
    }
}
