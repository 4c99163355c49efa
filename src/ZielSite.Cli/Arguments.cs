using System.CommandLine;
using System.CommandLine.Parsing;

namespace ZielSite.Cli;

/// <summary>
/// What a command's body reads from the parsed command line, by option name: the options themselves (names,
/// value names, help, arity) are declared once, in each command's <c>Create()</c>, and parsed by System.CommandLine.
/// </summary>
internal sealed class Arguments(ParseResult result)
{
    private Command Current => result.CommandResult.Command;

    public string Command => Current.Name;

    /// <summary>True when a flag is on (<c>--strict</c>, <c>--strict=true</c>; not <c>--strict=false</c>) or an option was given.</summary>
    public bool Has(string name)
    {
        if (Find(name) is not { } option || result.GetResult(option) is not { Implicit: false }) return false;
        return option is not Option<bool> flag || result.GetValue(flag);
    }

    /// <summary>The value of a value option, null when it was not given.</summary>
    public string? Get(string name) => Find(name) is Option<string> option ? result.GetValue(option) : null;

    /// <summary>The positional arguments, in order.</summary>
    public IReadOnlyList<string> Positional =>
        Current.Arguments.SelectMany(a => result.GetResult(a)?.Tokens.Select(t => t.Value) ?? []).ToList();

    /// <summary>The project folder: <c>--project</c>, else the current folder.</summary>
    public string Project => Path.GetFullPath(Get("project") ?? ".");

    private Option? Find(string name) => Current.Options.FirstOrDefault(o => o.Name == "--" + name);
}
