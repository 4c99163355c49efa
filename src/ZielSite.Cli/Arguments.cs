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

    /// <summary>The value of a value option, null when it was not given; an empty value (<c>--out ""</c>) is wrong usage.</summary>
    public string? Get(string name)
    {
        var value = Find(name) is Option<string> option ? result.GetValue(option) : null;
        return value is { Length: 0 } ? throw new UsageException($"--{name} needs a value, not an empty one") : value;
    }

    /// <summary>The positional arguments, in order; an empty one (<c>""</c>) is wrong usage.</summary>
    public IReadOnlyList<string> Positional
    {
        get
        {
            var values = Current.Arguments.SelectMany(a => result.GetResult(a)?.Tokens.Select(t => t.Value) ?? []).ToList();
            return values.Any(v => v.Length == 0) ? throw new UsageException($"'{Command}' got an empty argument; give a file or folder") : values;
        }
    }

    /// <summary>The project folder: <c>--project</c>, else the current folder.</summary>
    public string Project => Path.GetFullPath(Get("project") ?? ".");

    private Option? Find(string name) => Current.Options.FirstOrDefault(o => o.Name == "--" + name);
}
