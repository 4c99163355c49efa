using ZielSite.Cli;
using ZielSite.Cli.Commands;

// Parse arguments, call the library, print diagnostics, return the exit code. Nothing else happens here.
var flags = new HashSet<string>(StringComparer.Ordinal) { "json", "strict", "help", "force", "fail-on-verdict-change", "no-reload", "no-cache" };
var arguments = Arguments.Parse(args, flags);
try
{
    return arguments.Command switch
    {
        "build" => BuildCommand.Run(arguments),
        "check" => CheckCommand.Run(arguments),
        "parse" => ParseCommand.Run(arguments),
        "indicators" => IndicatorsCommand.Run(arguments),
        "export" => ExportCommand.Run(arguments),
        "sample" => SampleCommand.Run(arguments),
        "bundle" => BundleCommand.Run(arguments),
        "verify" => VerifyCommand.Run(arguments),
        "diff" => DiffCommand.Run(arguments),
        "archive" => ArchiveCommand.Run(arguments),
        "serve" => ServeCommand.Run(arguments),
        "help" or "--help" or "-h" => Help(0),
        "" => Help(2),
        _ => throw new UsageException($"unknown command '{arguments.Command}'"),
    };
}
catch (UsageException e)
{
    Console.Error.WriteLine($"zielsite: {e.Message}");
    Console.Error.WriteLine(Usage.Text);
    return 2;
}
catch (IOException e)
{
    Console.Error.WriteLine($"zielsite: error: {e.Message}");
    return 1;
}
catch (UnauthorizedAccessException e)
{
    Console.Error.WriteLine($"zielsite: error: {e.Message}");
    return 1;
}
catch (Exception e) when (string.IsNullOrEmpty(Environment.GetEnvironmentVariable("ZIELSITE_STACKTRACE")))
{
    // Bad input never gets here (it gives diagnostics); this is a bug. One line instead of a stack trace.
    Console.Error.WriteLine($"zielsite: internal error ({e.GetType().Name}): {e.Message}. This is a bug in ZielSite; " +
                            "please report it with the input that caused it (ZIELSITE_STACKTRACE=1 shows where it happened)");
    return 1;
}

static int Help(int code)
{
    (code == 0 ? Console.Out : Console.Error).WriteLine(Usage.Text);
    return code;
}
