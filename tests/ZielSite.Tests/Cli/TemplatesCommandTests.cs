namespace ZielSite.Tests.Cli;

/// <summary><c>zielsite templates</c>: lists the built-in templates and copies them into a project, never over its own.</summary>
public class TemplatesCommandTests
{
    [Fact]
    public void Lists_the_built_in_templates_and_marks_the_projects_own()
    {
        using var temp = new TempDir();
        Directory.CreateDirectory(temp["p/templates"]);
        File.WriteAllText(temp["p/templates/region.sbn-html"], "<h1>{{ page.region.name }}</h1>\n");

        var r = CliRunner.Run(temp.Path, "templates", "--project", "p");
        Assert.True(r.ExitCode == 0, r.Stderr);
        var lines = r.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains("layout.sbn-html", lines);
        Assert.Contains("strings.json", lines);
        Assert.Contains("partials/verdict.sbn-html", lines);
        Assert.Contains("assets/style.css", lines);
        Assert.Contains("region.sbn-html  (the project's own)", lines);
        // One line per built-in file, nothing else.
        var builtin = Path.Combine(TestPaths.BuiltinDir, "templates");
        Assert.Equal(Directory.EnumerateFiles(builtin, "*", SearchOption.AllDirectories).Count(), lines.Length);
    }

    [Fact]
    public void Copies_named_templates_byte_for_byte_and_the_build_uses_them()
    {
        using var temp = new TempDir();
        TestPaths.CopyDefaultProject(temp["p"]);
        var r = CliRunner.Run(temp.Path, "templates", "--project", "p", "strings.json", "partials/verdict.sbn-html");
        Assert.True(r.ExitCode == 0, r.Stderr);
        Assert.Contains("zielsite: wrote templates/strings.json", r.Stdout);
        var builtin = Path.Combine(TestPaths.BuiltinDir, "templates");
        Assert.Equal(File.ReadAllBytes(Path.Combine(builtin, "strings.json")), File.ReadAllBytes(temp["p/templates/strings.json"]));
        Assert.Equal(File.ReadAllBytes(Path.Combine(builtin, "partials/verdict.sbn-html")), File.ReadAllBytes(temp["p/templates/partials/verdict.sbn-html"]));

        // The copy is the starting point of a change: the changed word is on the pages.
        File.WriteAllText(temp["p/templates/strings.json"], File.ReadAllText(temp["p/templates/strings.json"]).Replace("\"Startseite\"", "\"Zur Startseite\""));
        var build = CliRunner.Run(temp.Path, "build", "--project", "p");
        Assert.True(build.ExitCode == 0, build.Stderr);
        Assert.Contains(">Zur Startseite<", File.ReadAllText(temp["p/_site/2023/kreis-borken/index.html"]));
    }

    [Fact]
    public void Never_overwrites_the_projects_own_template_and_copies_nothing_then()
    {
        using var temp = new TempDir();
        Directory.CreateDirectory(temp["p/templates"]);
        File.WriteAllText(temp["p/templates/layout.sbn-html"], "mine\n");

        var r = CliRunner.Run(temp.Path, "templates", "--project", "p", "index.sbn-html", "layout.sbn-html");
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("templates/layout.sbn-html: error: the project has this template already", r.Stderr);
        Assert.Equal("mine\n", File.ReadAllText(temp["p/templates/layout.sbn-html"]));
        Assert.False(File.Exists(temp["p/templates/index.sbn-html"]));

        var all = CliRunner.Run(temp.Path, "templates", "--project", "p", "--all");
        Assert.Equal(1, all.ExitCode);
        Assert.Single(Directory.EnumerateFiles(temp["p/templates"], "*", SearchOption.AllDirectories));
    }

    [Fact]
    public void An_unknown_name_is_wrong_usage_naming_it()
    {
        using var temp = new TempDir();
        Directory.CreateDirectory(temp["p"]);
        var r = CliRunner.Run(temp.Path, "templates", "--project", "p", "regoin.sbn-html");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("no built-in template 'regoin.sbn-html'", r.Stderr);
        Assert.False(Directory.Exists(temp["p/templates"]));
    }
}
