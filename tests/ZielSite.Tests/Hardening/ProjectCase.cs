using System.Globalization;
using System.Text;

namespace ZielSite.Tests.Hardening;

/// <summary>
/// A case of the project corpus (<c>tests/corpus/projects/&lt;case&gt;/</c>): the files that replace or add to the
/// base project <c>_base/</c>, and <c>expected.txt</c> with directives (<c>#! name: value</c>), comments (<c>#</c>)
/// and the expected diagnostics. Directives:
/// <list type="bullet">
/// <item><c>#! command: check|build [--strict]</c> (default <c>check</c>); <c>#! exit: N</c> (default 1).</item>
/// <item><c>#! base: none</c>: start from an empty folder instead of <c>_base/</c>.</item>
/// <item><c>#! remove: PATH</c>: delete a file or folder of the base before the case's files are added.</item>
/// <item><c>#! append: PATH COUNT TEXT</c>: append TEXT (with <c>\n</c>, <c>\t</c>, <c>\r</c> escapes) COUNT times, for long or many lines.</item>
/// <item><c>#! contains: SITEPATH TEXT</c> / <c>#! lacks: SITEPATH TEXT</c>: after a build, the file does / does not contain TEXT.</item>
/// <item><c>#! count: CODE N</c>: exactly N diagnostics with that code, not listed one by one.</item>
/// <item><c>#! cli</c>: also run the case through the real program.</item>
/// <item>A file <c>NAME.xlsx.txt</c> becomes the workbook <c>NAME.xlsx</c> (<see cref="WorkbookFromText"/>).</item>
/// </list>
/// </summary>
public sealed class ProjectCase
{
    public const string BaseName = "_base";

    public string Name { get; }
    public string Folder { get; }
    public string Command { get; private set; } = "check";
    public bool Strict { get; private set; }
    public int ExitCode { get; private set; } = 1;
    public bool UseBase { get; private set; } = true;
    public bool ThroughCli { get; private set; }
    internal List<ExpectedDiagnostic> Expected { get; } = [];
    public List<string> Removals { get; } = [];
    public List<(string Path, int Count, string Text)> Appends { get; } = [];
    public List<(string Path, string Text, bool Present)> OutputChecks { get; } = [];
    public Dictionary<string, int> Counts { get; } = new(StringComparer.Ordinal);

    public static string CorpusRoot => Path.Combine(TestPaths.RepoRoot, "tests", "corpus", "projects");

    private ProjectCase(string folder)
    {
        Folder = folder;
        Name = Path.GetFileName(folder);
        var lines = File.ReadAllLines(Path.Combine(folder, "expected.txt"));
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.StartsWith("#!", StringComparison.Ordinal)) Directive(line[2..].Trim(), i + 1);
            else if (line.Length == 0 || line.StartsWith('#')) continue;
            else Expected.Add(ExpectedDiagnostic.Parse(line, i + 1)
                ?? throw new FormatException($"{Name}/expected.txt:{i + 1}: not a diagnostic line: {line}"));
        }
    }

    public static IEnumerable<string> Names() =>
        Directory.EnumerateDirectories(CorpusRoot)
            .Where(d => Path.GetFileName(d) != BaseName && File.Exists(Path.Combine(d, "expected.txt")))
            .Select(Path.GetFileName)
            .Order(StringComparer.Ordinal)!;

    public static ProjectCase Load(string name) => new(Path.Combine(CorpusRoot, name));

    private void Directive(string text, int n)
    {
        var colon = text.IndexOf(':');
        var (key, value) = colon < 0 ? (text, "") : (text[..colon].Trim(), text[(colon + 1)..].Trim());
        switch (key)
        {
            case "command":
                var parts = value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                Command = parts[0] is "check" or "build" ? parts[0] : throw new FormatException($"{Name}/expected.txt:{n}: unknown command '{value}'");
                Strict = parts.Contains("--strict");
                break;
            case "exit": ExitCode = int.Parse(value, CultureInfo.InvariantCulture); break;
            case "base": UseBase = value != "none"; break;
            case "remove": Removals.Add(value); break;
            case "cli": ThroughCli = true; break;
            case "append":
                var a = value.Split(' ', 3);
                Appends.Add((a[0], int.Parse(a[1], CultureInfo.InvariantCulture), Unescape(a[2])));
                break;
            case "contains" or "lacks":
                var c = value.Split(' ', 2);
                OutputChecks.Add((c[0], Unescape(c[1]), key == "contains"));
                break;
            case "count":
                var k = value.Split(' ');
                Counts[k[0]] = int.Parse(k[1], CultureInfo.InvariantCulture);
                break;
            default: throw new FormatException($"{Name}/expected.txt:{n}: unknown directive '{key}'");
        }
    }

    private static string Unescape(string s) => s.Replace("\\n", "\n").Replace("\\r", "\r").Replace("\\t", "\t");

    /// <summary>Writes the case's project into <paramref name="target"/> (an empty folder).</summary>
    public void Materialise(string target)
    {
        if (UseBase) Copy(Path.Combine(CorpusRoot, BaseName), target);
        foreach (var r in Removals)
        {
            var path = Path.Combine(target, r);
            if (Directory.Exists(path)) Directory.Delete(path, recursive: true);
            else File.Delete(path);
        }
        Copy(Folder, target, skip: "expected.txt");
        foreach (var (path, count, text) in Appends)
        {
            var full = Path.Combine(target, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            using var w = new StreamWriter(full, append: true, new UTF8Encoding(false));
            for (var i = 0; i < count; i++) w.Write(text);
        }
    }

    private static void Copy(string from, string to, string? skip = null)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(from, file);
            if (relative == skip) continue;
            var dest = Path.Combine(to, relative);
            if (dest.EndsWith(".xlsx.txt", StringComparison.Ordinal))
            {
                Directory.CreateDirectory(Path.GetDirectoryName(dest)!);
                WorkbookFromText(File.ReadAllText(file), dest[..^4]);
                continue;
            }
            if (Directory.Exists(dest)) Directory.Delete(dest, recursive: true);
            Directory.CreateDirectory(Path.GetDirectoryName(dest)!);
            File.Copy(file, dest, overwrite: true);
        }
    }

    /// <summary>
    /// Writes a workbook described as text: a line <c>[Sheet name]</c> starts a sheet, every other line is a row of
    /// cells separated by <c>|</c>. A cell that is a plain number (<c>5554</c>, <c>11467.5</c>) is a number cell;
    /// <c>@2023-01</c> a date cell (the month's first day, shown "Januar 2023"); <c>=A1+B1</c> a formula without a
    /// saved value; <c>'…</c> text as written; anything else text. An empty line is an empty row.
    /// </summary>
    internal static void WorkbookFromText(string description, string path)
    {
        var writer = new ZielSite.Sample.XlsxWriter();
        List<IReadOnlyList<ZielSite.Sample.XlsxWriter.Cell>>? rows = null;
        foreach (var raw in description.Replace("\r", "").Split('\n'))
        {
            if (raw.StartsWith('[') && raw.EndsWith(']'))
            {
                rows = [];
                writer.Sheet(raw[1..^1], rows);
                continue;
            }
            if (rows is null) throw new FormatException($"{path}: the description must start with a line [Sheet name]");
            rows.Add(raw.Length == 0 ? [] : raw.Split('|').Select(Cell).ToList());
        }
        writer.Write(path);

        static ZielSite.Sample.XlsxWriter.Cell Cell(string c)
        {
            if (c.StartsWith('\'')) return new(Text: c[1..]);
            if (c.StartsWith('=')) return new(Formula: c[1..]);
            if (c.StartsWith('@')) return new(Date: DateOnly.ParseExact(c[1..] + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture));
            if (c.Length > 0 && c.All(ch => char.IsAsciiDigit(ch) || ch == '.') && c.Count(ch => ch == '.') <= 1 && char.IsAsciiDigit(c[0]))
                return new(Number: double.Parse(c, CultureInfo.InvariantCulture));
            return new(Text: c);
        }
    }

    public override string ToString() => Name;
}
