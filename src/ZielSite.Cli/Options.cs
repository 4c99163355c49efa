using System.CommandLine;

namespace ZielSite.Cli;

/// <summary>
/// Options several commands share, each declared here once with its help. A command adds the ones that mean
/// something to it; any other option is rejected by the parser.
/// </summary>
internal static class Options
{
    public static Option<string> Project() =>
        new("--project") { Description = "The ZielSite project folder (default: the current folder)", HelpName = "DIR" };

    public static Option<bool> Strict() =>
        new("--strict") { Description = "Warnings fail the build (--strict=false: not strict)" };

    public static Option<string> BaseUrl() =>
        new("--base-url") { Description = "Absolute URL the site is published under (for sitemap.xml)", HelpName = "URL" };

    public static Option<string> GeneratedAt() =>
        new("--generated-at") { Description = "Build time shown on the pages (ISO 8601); default: SOURCE_DATE_EPOCH, else none", HelpName = "TIME" };

    public static Option<bool> Json() => new("--json") { Description = "Print JSON instead of a readable summary" };

    /// <summary>The build options of build, bundle, archive and serve: project, --strict, --base-url, --generated-at.</summary>
    public static Command WithBuildOptions(this Command command)
    {
        command.Options.Add(Project());
        command.Options.Add(Strict());
        command.Options.Add(BaseUrl());
        command.Options.Add(GeneratedAt());
        return command;
    }

    public static Command With(this Command command, params Symbol[] symbols)
    {
        foreach (var s in symbols)
        {
            if (s is Option o) command.Options.Add(o);
            else if (s is Argument a) command.Arguments.Add(a);
        }
        return command;
    }

    /// <summary>Runs the command's body with the parsed arguments.</summary>
    public static Command Runs(this Command command, Func<Arguments, int> body)
    {
        command.SetAction(result => body(new Arguments(result)));
        return command;
    }
}
