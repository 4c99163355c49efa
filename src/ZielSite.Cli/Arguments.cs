namespace ZielSite.Cli;

/// <summary>
/// The parsed command line: the command name, options (<c>--name value</c> or flags) and positional arguments.
/// Knows nothing of what the commands mean; each command says which options it takes.
/// </summary>
internal sealed record Arguments(string Command, IReadOnlyDictionary<string, string?> Options, IReadOnlyList<string> Positional)
{
    public static Arguments Parse(string[] args, IReadOnlySet<string> flags)
    {
        var options = new Dictionary<string, string?>(StringComparer.Ordinal);
        var positional = new List<string>();
        var command = args.Length > 0 ? args[0] : "";
        for (var i = 1; i < args.Length; i++)
        {
            var a = args[i];
            if (a == "--") { positional.AddRange(args[(i + 1)..]); break; }
            if (a.StartsWith("--", StringComparison.Ordinal) && a.Length > 2)
            {
                var eq = a.IndexOf('=');
                if (eq > 0) { options[a[2..eq]] = a[(eq + 1)..]; continue; }
                var name = a[2..];
                if (flags.Contains(name) || i + 1 >= args.Length || args[i + 1].StartsWith("--", StringComparison.Ordinal))
                    options[name] = null;
                else
                    options[name] = args[++i];
                continue;
            }
            positional.Add(a);
        }
        return new Arguments(command, options, positional);
    }

    public bool Has(string name) => Options.ContainsKey(name);

    public string? Get(string name) => Options.TryGetValue(name, out var v) ? v : null;

    public string Project => Path.GetFullPath(Get("project") ?? ".");
}
