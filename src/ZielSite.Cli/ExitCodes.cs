using System.CommandLine;
using System.CommandLine.Parsing;

namespace ZielSite.Cli;

/// <summary>The exit codes of <c>zielsite</c> (README, docs/contract.md).</summary>
internal static class ExitCodes
{
    public const int Success = 0;
    /// <summary>Errors in the input (see the diagnostics), or a file that could not be read or written.</summary>
    public const int InputErrors = 1;
    /// <summary>Wrong use of the command line: unknown command or option, stray argument, missing value.</summary>
    public const int WrongUsage = 2;
    /// <summary>An unhandled exception: a bug in ZielSite.</summary>
    public const int InternalError = 3;

    /// <summary>An option the command does not take, which the parser read as a positional value (<c>diff --project A B</c>).</summary>
    public static Token? StrayOption(ParseResult parsed) =>
        parsed.Tokens.FirstOrDefault(t => t.Type == TokenType.Argument && t.Value.StartsWith("--", StringComparison.Ordinal) && t.Value.Length > 2);

    /// <summary>Prints the parse errors, one line each, and a pointer to the help; returns <see cref="WrongUsage"/>.</summary>
    public static int Usage(ParseResult parsed, TextWriter error)
    {
        var command = parsed.CommandResult.Command;
        // An option this command does not take is read by the parser as a positional value: name it as an option.
        var option = StrayOption(parsed);
        if (option is not null && command is not RootCommand)
        {
            var known = string.Join(", ", command.Options.Where(o => !o.Hidden && o.Name.StartsWith("--", StringComparison.Ordinal)).Select(o => o.Name));
            error.WriteLine($"zielsite: '{command.Name}' takes no option {option.Value} (its options: {known})");
        }
        else if (command is RootCommand root && parsed.UnmatchedTokens.Count > 0)
        {
            var known = string.Join(", ", root.Subcommands.Select(c => c.Name));
            error.WriteLine($"zielsite: unknown command '{parsed.UnmatchedTokens[0]}' (commands: {known})");
        }
        else
        {
            foreach (var message in parsed.Errors.Select(e => e.Message).Distinct())
                error.WriteLine($"zielsite: {message}");
        }
        var help = command is RootCommand ? "zielsite --help" : $"zielsite {command.Name} --help";
        error.WriteLine($"Run '{help}' for usage.");
        return WrongUsage;
    }
}
