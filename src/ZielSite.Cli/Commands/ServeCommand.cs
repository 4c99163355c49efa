using System.CommandLine;
using System.Globalization;
using ZielSite.Publishing;

namespace ZielSite.Cli.Commands;

/// <summary>
/// <c>zielsite serve [--port N]</c>: builds the site into a temporary folder, serves it on 127.0.0.1, rebuilds
/// when the project's inputs change and makes open pages reload. A failed rebuild prints its diagnostics and the
/// last good site keeps being served.
/// </summary>
internal static class ServeCommand
{
    public static Command Create() =>
        new Command("serve", "Preview the site on http://127.0.0.1:PORT/, rebuilt when an input changes")
            .WithBuildOptions()
            .With(new Option<string>("--port") { Description = "The port (default 8000)", HelpName = "N" })
            .Runs(Run);

    public static int Run(Arguments a)
    {
        Common.RequireProject(a);
        var port = Common.Int(a, "port", 8000, 1, 65535);
        using var temp = new BundleCommand.TempFolder();
        var siteDir = Path.Combine(temp.Path, "site");
        string? served = null;
        long version = 0;

        void Rebuild()
        {
            var result = BundleCommand.Build(a, siteDir);
            Common.Report(result.Diagnostics);
            if (result.Written)
            {
                Volatile.Write(ref served, siteDir);
                var v = Interlocked.Increment(ref version);
                var total = result.Timings.Aggregate(TimeSpan.Zero, (s, t) => s + t.Time);
                Console.WriteLine($"zielsite: built {result.FileCount} files in {total.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture)} s (version {v})");
            }
            else
            {
                Console.Error.WriteLine(served is null
                    ? "zielsite: build failed; fix the errors above and save again"
                    : "zielsite: build failed; still serving the last good site");
            }
        }

        Rebuild();
        using var cancel = new CancellationTokenSource();
        // Ctrl+C and a plain kill both stop serving cleanly, so the temporary site is removed.
        void Stop(System.Runtime.InteropServices.PosixSignalContext context) { context.Cancel = true; cancel.Cancel(); }
        using var interrupt = System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal.SIGINT, Stop);
        using var terminate = System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal.SIGTERM, Stop);
        PreviewListener listener;
        try
        {
            listener = new PreviewListener(port, () => (Volatile.Read(ref served), Interlocked.Read(ref version)));
        }
        catch (System.Net.HttpListenerException e)
        {
            Console.Error.WriteLine($"zielsite: error: cannot listen on 127.0.0.1:{port}: {e.Message} (try --port)");
            return 1;
        }
        using (listener)
        using (var watcher = new ProjectWatcher(a.Project, TimeSpan.FromMilliseconds(300)))
        {
            Console.WriteLine($"zielsite: serving {a.Project} at {listener.Url} (Ctrl+C to stop)");
            var serving = listener.RunAsync(cancel.Token);
            while (watcher.WaitForChangeAsync(cancel.Token).GetAwaiter().GetResult())
            {
                Console.WriteLine("zielsite: inputs changed; rebuilding");
                Rebuild();
            }
            serving.GetAwaiter().GetResult();
        }
        return 0;
    }
}
