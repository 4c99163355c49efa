namespace ZielSite.Publishing;

/// <summary>
/// Watches a project's inputs (<c>content/</c>, <c>data/</c>, <c>templates/</c>, <c>archiv/</c>,
/// <c>zielsite.json</c>) and reports a change once things have been quiet for <see cref="Debounce"/>, so that an
/// editor's save (or a copied folder) gives one rebuild, not dozens.
/// </summary>
public sealed class ProjectWatcher : IDisposable
{
    private static readonly string[] Inputs = ["content", "data", "templates", "archiv"];

    private readonly string _root;
    private readonly List<FileSystemWatcher> _watchers = new();
    private readonly Lock _gate = new();
    private long _lastChange;
    private bool _pending;

    public ProjectWatcher(string projectRoot, TimeSpan debounce)
    {
        _root = Path.GetFullPath(projectRoot);
        Debounce = debounce;
        var top = new FileSystemWatcher(_root) { IncludeSubdirectories = false, NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size };
        top.Changed += (_, e) => OnTopLevel(e.Name);
        top.Created += (_, e) => OnTopLevel(e.Name);
        top.Deleted += (_, e) => OnTopLevel(e.Name);
        top.Renamed += (_, e) => { OnTopLevel(e.Name); OnTopLevel(e.OldName); };
        top.EnableRaisingEvents = true;
        _watchers.Add(top);
        foreach (var input in Inputs) WatchFolder(input);
    }

    public TimeSpan Debounce { get; }

    /// <summary>Waits until inputs changed and then stayed quiet for <see cref="Debounce"/>; returns false when cancelled.</summary>
    public async Task<bool> WaitForChangeAsync(CancellationToken cancel)
    {
        var poll = TimeSpan.FromMilliseconds(Math.Max(20, Debounce.TotalMilliseconds / 4));
        while (!cancel.IsCancellationRequested)
        {
            lock (_gate)
            {
                if (_pending && Environment.TickCount64 - _lastChange >= Debounce.TotalMilliseconds)
                {
                    _pending = false;
                    return true;
                }
            }
            try { await Task.Delay(poll, cancel).ConfigureAwait(false); }
            catch (OperationCanceledException) { return false; }
        }
        return false;
    }

    private void OnTopLevel(string? name)
    {
        if (name is null) return;
        if (name == "zielsite.json") Touch();
        else if (Inputs.Contains(name))
        {
            WatchFolder(name);
            Touch();
        }
    }

    private void WatchFolder(string name)
    {
        var dir = Path.Combine(_root, name);
        lock (_gate)
        {
            if (!Directory.Exists(dir) || _watchers.Any(w => w.Path == dir)) return;
            var w = new FileSystemWatcher(dir) { IncludeSubdirectories = true };
            w.Changed += (_, _) => Touch();
            w.Created += (_, _) => Touch();
            w.Deleted += (_, _) => Touch();
            w.Renamed += (_, _) => Touch();
            w.EnableRaisingEvents = true;
            _watchers.Add(w);
        }
    }

    private void Touch()
    {
        lock (_gate)
        {
            _pending = true;
            _lastChange = Environment.TickCount64;
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            foreach (var w in _watchers) w.Dispose();
            _watchers.Clear();
        }
    }
}
