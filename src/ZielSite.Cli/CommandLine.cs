using System.CommandLine;
using System.CommandLine.Invocation;
using ZielSite.Cli.Commands;

namespace ZielSite.Cli;

/// <summary>
/// The command line of <c>zielsite</c>: every command with its options (declared in each command's <c>Create()</c>),
/// parsed by System.CommandLine, which also gives <c>--help</c>, <c>--version</c> and the <c>[suggest]</c> directive
/// for tab completion. Exit codes: <see cref="ExitCodes"/>.
/// </summary>
internal static class CommandLine
{
    public static RootCommand Create() =>
        new("ZielSite builds a static, accessible website from Zielvereinbarungen (§ 48b SGB II) and the Kennzahlen (§ 48a SGB II).\n" +
            "Exit codes: 0 success, 1 errors in the input, 2 wrong usage, 3 internal error (a bug). " +
            "SOURCE_DATE_EPOCH fixes the build time, the bundle's zip timestamps and the archive edition.")
        {
            BuildCommand.Create(), CheckCommand.Create(), ParseCommand.Create(), IndicatorsCommand.Create(), ExportCommand.Create(),
            NewCommand.Create(), SampleCommand.Create(), BundleCommand.Create(), VerifyCommand.Create(), DiffCommand.Create(),
            ArchiveCommand.Create(), ServeCommand.Create(), TemplatesCommand.Create(),
        };

    /// <summary>Parses and runs; wrong usage, bad input and bugs each end with their own exit code and one message on <paramref name="error"/>.</summary>
    public static int Run(RootCommand root, string[] args, TextWriter error)
    {
        var parsed = root.Parse(args);
        if (parsed.Action is ParseErrorAction || ExitCodes.StrayOption(parsed) is not null) return ExitCodes.Usage(parsed, error);
        try
        {
            return parsed.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (UsageException e)
        {
            error.WriteLine($"zielsite: {e.Message}");
            error.WriteLine($"Run 'zielsite {parsed.CommandResult.Command.Name} --help' for its options.");
            return ExitCodes.WrongUsage;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"zielsite: error: {e.Message}");
            return ExitCodes.InputErrors;
        }
        catch (Exception e) when (string.IsNullOrEmpty(Environment.GetEnvironmentVariable("ZIELSITE_STACKTRACE")))
        {
            // Bad input never gets here (it gives diagnostics); this is a bug. One line instead of a stack trace.
            error.WriteLine($"zielsite: internal error ({e.GetType().Name}): {e.Message}. This is a bug in ZielSite; " +
                            "please report it with the input that caused it (ZIELSITE_STACKTRACE=1 shows where it happened)");
            return ExitCodes.InternalError;
        }
    }
}
