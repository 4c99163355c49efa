using ZielSite.Diagnostics;

namespace ZielSite.Cli.Commands;

/// <summary>What every command shares: the built-in folder, option checks, printing diagnostics.</summary>
internal static class Common
{
    /// <summary>The built-in templates and pages shipped next to the program.</summary>
    public static string BuiltinDir => Path.Combine(AppContext.BaseDirectory, "builtin");

    public static int Int(Arguments a, string name, int fallback, int min, int max)
    {
        var v = a.Get(name);
        if (v is null) return a.Has(name) ? throw new UsageException($"--{name} needs a value") : fallback;
        if (!int.TryParse(v, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) || n < min || n > max)
            throw new UsageException($"--{name} must be a whole number from {min} to {max}, not '{v}'");
        return n;
    }

    /// <summary>The latest SOURCE_DATE_EPOCH a date can hold (9999-12-31T23:59:59Z).</summary>
    private const long MaxEpoch = 253_402_300_799;

    /// <summary>
    /// <c>SOURCE_DATE_EPOCH</c> as a time, null where it is not set; wrong usage (exit 2) where it is no whole number of
    /// seconds from 1970 to the year 9999.
    /// </summary>
    public static DateTimeOffset? SourceDateEpoch()
    {
        var epoch = Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH");
        if (string.IsNullOrEmpty(epoch)) return null;
        return long.TryParse(epoch, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var s) && s <= MaxEpoch
            ? DateTimeOffset.FromUnixTimeSeconds(s)
            : throw new UsageException($"SOURCE_DATE_EPOCH must be whole seconds since 1970 up to the year 9999, not '{(epoch.Length > 40 ? epoch[..40] + "…" : epoch)}'");
    }

    public static string Required(Arguments a, string name) =>
        a.Get(name) ?? throw new UsageException($"'{a.Command}' needs --{name}");

    public static void RequireProject(Arguments a)
    {
        if (!Directory.Exists(a.Project)) throw new UsageException($"the project folder '{a.Project}' does not exist");
    }

    /// <summary>
    /// A diagnostic as one line a terminal or CI log shows as written: names from input (a zip entry, a file, a cell)
    /// may hold a line break that would start a forged line (<c>::error::</c>, <c>::add-mask::</c> in a CI log), an
    /// escape sequence or a direction override; each such character is shown as <c>\u000A</c>.
    /// </summary>
    internal static string Printable(string line)
    {
        if (!line.Any(NotShown)) return line;
        var b = new System.Text.StringBuilder(line.Length + 16);
        foreach (var c in line)
            if (NotShown(c)) b.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
            else b.Append(c);
        return b.ToString();
    }

    private static bool NotShown(char c) => char.IsControl(c) || c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' or '\u2028' or '\u2029';

    /// <summary>Prints every diagnostic to standard error and returns 1 when any is an error, else 0.</summary>
    public static int Report(IEnumerable<Diagnostic> diagnostics)
    {
        var errors = 0;
        foreach (var d in diagnostics)
        {
            Console.Error.WriteLine(Printable(d.ToString()));
            if (d.IsError) errors++;
        }
        return errors > 0 ? 1 : 0;
    }
}
