namespace ZielSite.Cli;

internal static class Usage
{
    public const string Text = """
        Usage: zielsite <command> [options]

        Commands:
          build [--out DIR] [--strict] [--base-url URL]   build the site (default: _site in the project)
          check                                           read and validate every input, write nothing
          parse FILE... --json                            print what was read from agreement files
          indicators --region AGS --year YYYY [--month M] [--json]
                                                          computed values and target verdicts
          export [--out FILE]                             every computed value as one CSV (default: standard output)
          sample --out DIR [--regions N] [--years N] [--seed S]
                                                          write a sample project (generated data, flagged as such)

        Common options:
          --project DIR     the ZielSite project (default: the current folder)

        Exit codes: 0 success, 1 errors in the input (see the diagnostics), 2 wrong usage.
        """;
}
