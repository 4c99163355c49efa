namespace ZielSite.Cli;

internal static class Usage
{
    public const string Text = """
        Usage: zielsite <command> [options]

        Commands:
          build [--out DIR] [--strict] [--base-url URL] [--timings] [--no-cache | --cache DIR]
                                                          build the site (default: _site in the project);
                                                          --timings prints the time of each stage; unchanged
                                                          pages come from .zielsite-cache/ (--cache moves it)
          check                                           read and validate every input, write nothing
          parse FILE... --json                            print what was read from agreement files
          indicators --region AGS --year YYYY [--month M] [--json]
                                                          computed values and target verdicts
          export [--out FILE]                             every computed value as one CSV (default: standard output)
          sample --out DIR [--regions N] [--years N] [--seed S] [--format long|wide|xlsx]
                                                          write a sample project (generated data, flagged as such)
          bundle --out FILE.zip [--site DIR] [build options]
                                                          build and write a review bundle: site/, manifest.json, REVIEW.md
          verify FILE.zip                                 check a bundle against its manifest
          diff OLD NEW [--json] [--fail-on-verdict-change]
                                                          changed values and verdicts; OLD/NEW: project, site or bundle
          archive --year YYYY [--force] [--edition YYYY-MM-DD]
                                                          freeze that year's pages into archiv/YYYY/ of the project
          serve [--port N]                                preview on http://127.0.0.1:N/ (default 8000), rebuilt on change

        Common options:
          --project DIR     the ZielSite project (default: the current folder)
        Build options (build, bundle, archive, serve): --strict, --base-url URL, --generated-at TIME
        SOURCE_DATE_EPOCH (seconds since 1970) fixes the build time, the bundle's zip timestamps and the archive edition.

        Exit codes: 0 success, 1 errors in the input (see the diagnostics), 2 wrong usage.
        """;
}
