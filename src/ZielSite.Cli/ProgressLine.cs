using System.Diagnostics;
using System.Globalization;

namespace ZielSite.Cli;

/// <summary>
/// A line on standard error that shows a long build is still running ("zielsite: building … 3 s"), rewritten in
/// place and removed at the end. Only on a terminal and only after the first second: when standard error is
/// redirected (CI logs, tests) nothing extra is written.
/// </summary>
internal sealed class ProgressLine : IDisposable
{
    private static readonly TimeSpan Delay = TimeSpan.FromSeconds(1);
    private readonly TextWriter _writer;
    private readonly string _what;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Timer? _timer;
    private readonly Lock _lock = new();
    private int _shown;
    private bool _done;

    internal ProgressLine(TextWriter writer, string what, bool start)
    {
        _writer = writer;
        _what = what;
        if (start) _timer = new Timer(_ => Tick(), null, Delay, TimeSpan.FromMilliseconds(500));
    }

    /// <summary>A progress line on the terminal, or null when standard error is not one.</summary>
    public static ProgressLine? Start(string what) => Console.IsErrorRedirected ? null : new ProgressLine(Console.Error, what, start: true);

    /// <summary>Rewrites the line with the time so far.</summary>
    internal void Tick() => Tick(_clock.Elapsed);

    internal void Tick(TimeSpan elapsed)
    {
        lock (_lock)
        {
            if (_done) return;
            var text = $"zielsite: {_what} … {elapsed.TotalSeconds.ToString("0", CultureInfo.InvariantCulture)} s";
            _writer.Write("\r" + text.PadRight(_shown));
            _writer.Flush();
            _shown = text.Length;
        }
    }

    /// <summary>Stops the line and clears it, so the summary line that follows stands alone.</summary>
    public void Dispose()
    {
        _timer?.Dispose();
        lock (_lock)
        {
            _done = true;
            if (_shown == 0) return;
            _writer.Write("\r" + new string(' ', _shown) + "\r");
            _writer.Flush();
        }
    }
}
