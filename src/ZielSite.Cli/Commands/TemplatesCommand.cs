using System.CommandLine;

namespace ZielSite.Cli.Commands;

/// <summary>
/// <c>zielsite templates [NAME…] [--all]</c>: lists the built-in templates (and which of them the project overrides),
/// or copies the named ones into the project's <c>templates/</c> folder as the starting point of a change. An existing
/// file is never overwritten. docs/templates.md describes what each template gets.
/// </summary>
internal static class TemplatesCommand
{
    public static Command Create() =>
        new Command("templates", "List the built-in templates, or copy the named ones (or --all) into the project's templates/ folder to change them")
            .With(new Argument<string[]>("NAME") { Description = "Templates to copy, as listed (e.g. region.sbn-html, strings.json, assets/style.css)", Arity = ArgumentArity.ZeroOrMore },
                  Options.Project(),
                  new Option<bool>("--all") { Description = "Copy every built-in template" })
            .Runs(Run);

    public static int Run(Arguments a)
    {
        Common.RequireProject(a);
        var builtin = Path.Combine(Common.BuiltinDir, "templates");
        var own = Path.Combine(a.Project, "templates");
        var names = Directory.EnumerateFiles(builtin, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(builtin, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
        var wanted = a.Has("all") ? names : a.Positional;
        if (wanted.Count == 0)
        {
            foreach (var name in names)
                Console.WriteLine(File.Exists(Path.Combine(own, name)) ? $"{name}  (the project's own)" : name);
            return 0;
        }
        if (a.Has("all") && a.Positional.Count > 0) throw new UsageException("give template names or --all, not both");

        var unknown = wanted.Where(n => !names.Contains(n, StringComparer.Ordinal)).ToList();
        if (unknown.Count > 0)
            throw new UsageException($"no built-in template {string.Join(", ", unknown.Select(n => $"'{n}'"))}; 'zielsite templates' lists them");
        // Never overwrite: a project's own template may hold changes; nothing is copied when any exists.
        var existing = wanted.Where(n => File.Exists(Path.Combine(own, n))).ToList();
        if (existing.Count > 0)
        {
            foreach (var n in existing)
                Console.Error.WriteLine($"templates/{n}: error: the project has this template already; rename or delete it to copy the built-in one");
            return ExitCodes.InputErrors;
        }
        foreach (var n in wanted.Distinct(StringComparer.Ordinal))
        {
            var target = Path.Combine(own, n);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(Path.Combine(builtin, n), target);
            Console.WriteLine($"zielsite: wrote templates/{n}");
        }
        return 0;
    }
}
