using System.Text;
using System.Text.Json;
using Scriban.Runtime;
using ZielSite.Diagnostics;

namespace ZielSite.Templates;

/// <summary>
/// The words of the site's frame that the program writes itself (navigation, breadcrumbs, page titles, search
/// entries), read from <c>strings.json</c> of the template folders: the built-in file (the lowest folder that has
/// one) names every key, a project's own <c>templates/strings.json</c> overrides single keys. A value may hold
/// placeholders such as <c>{year}</c>, filled where the program uses it (<see cref="Format"/>). Templates see the
/// values as <c>strings.KEY</c>. A file that is no JSON object of strings is an error
/// (<see cref="DiagnosticCodes.TemplateStrings"/>), a key the built-in file does not have a warning; both name file and line.
/// </summary>
internal sealed class TemplateStrings
{
    /// <summary>The file name in a template folder.</summary>
    public const string FileName = "strings.json";

    private static readonly JsonReaderOptions ReaderOptions = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    private readonly SortedDictionary<string, string> _values;

    private TemplateStrings(SortedDictionary<string, string> values) => _values = values;

    /// <summary>Every key with its value (overrides applied), ordered by key.</summary>
    public IReadOnlyDictionary<string, string> Values => _values;

    /// <summary>The value of <paramref name="key"/>; the key itself when no strings file has it (a template folder without the built-in one).</summary>
    public string this[string key] => _values.GetValueOrDefault(key, key);

    /// <summary>
    /// The value of <paramref name="key"/> with each <c>{name}</c> of <paramref name="args"/> replaced, in one pass
    /// (a replacement that itself holds braces stays as it is); other braces are kept.
    /// </summary>
    public string Format(string key, params ReadOnlySpan<(string Name, string Value)> args)
    {
        var text = this[key];
        if (args.Length == 0 || !text.Contains('{', StringComparison.Ordinal)) return text;
        var sb = new StringBuilder(text.Length + 32);
        var i = 0;
        while (i < text.Length)
        {
            var open = text.IndexOf('{', i);
            var close = open < 0 ? -1 : text.IndexOf('}', open + 1);
            if (close < 0) break;
            sb.Append(text, i, open - i);
            var name = text.AsSpan(open + 1, close - open - 1);
            var found = false;
            foreach (var (n, value) in args)
            {
                if (!name.SequenceEqual(n)) continue;
                sb.Append(value);
                found = true;
                break;
            }
            if (!found) sb.Append(text, open, close - open + 1);
            i = close + 1;
        }
        return sb.Append(text, i, text.Length - i).ToString();
    }

    /// <summary>The values for templates (<c>strings.home</c>), read-only.</summary>
    public ScriptObject ToScriptObject()
    {
        var so = new ScriptObject();
        foreach (var (key, value) in _values) so.SetValue(key, value, true);
        so.IsReadOnly = true;
        return so;
    }

    /// <summary>
    /// Reads <see cref="FileName"/> of every folder in <paramref name="dirs"/> (first folder wins per key): the last
    /// folder that has one gives the keys, the others may only override them.
    /// </summary>
    /// <param name="display">The path of a file as shown in diagnostics.</param>
    public static TemplateStrings Load(IReadOnlyList<string> dirs, Func<string, string> display, DiagnosticBag diagnostics)
    {
        var files = dirs.Select(d => Path.Combine(d, FileName)).Where(File.Exists).Select(Path.GetFullPath).Distinct()
            .Where(f => Inputs.ProjectBoundary.Leaves(Path.GetDirectoryName(Path.GetDirectoryName(f)!)!, f) is not { } reason
                        || Refuse(diagnostics, display(f), reason))
            .ToList();
        var values = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (files.Count == 0) return new TemplateStrings(values);
        // From the lowest precedence up: the base file defines the keys, each file above may replace values.
        for (var i = files.Count - 1; i >= 0; i--)
        {
            var isBase = i == files.Count - 1;
            var shown = display(files[i]);
            foreach (var (key, value, line) in Read(files[i], shown, diagnostics))
            {
                if (isBase || values.ContainsKey(key)) values[key] = value;
                else
                    diagnostics.Warning(DiagnosticCodes.TemplateStrings, new SourceSpan(shown, line),
                        $"unknown string '{key}'; the built-in {FileName} has: {string.Join(", ", values.Keys)}");
            }
        }
        return new TemplateStrings(values);
    }

    /// <summary>Reports a strings file that leads out of the project (a link); false, so that it is not read.</summary>
    private static bool Refuse(DiagnosticBag diagnostics, string shown, string reason)
    {
        diagnostics.Error(DiagnosticCodes.InputOutsideProject, new SourceSpan(shown), reason);
        return false;
    }

    /// <summary>The entries of one file with their lines; none (with an error) when it is no JSON object of strings.</summary>
    private static List<(string Key, string Value, int Line)> Read(string file, string shown, DiagnosticBag diagnostics)
    {
        var entries = new List<(string, string, int)>();
        var bytes = File.ReadAllBytes(file);
        var span = bytes.AsSpan();
        if (span.StartsWith(Encoding.UTF8.Preamble)) span = span[Encoding.UTF8.Preamble.Length..];
        var text = span.ToArray();
        int LineAt(long offset) => 1 + text.AsSpan(0, (int)Math.Min(offset, text.Length)).Count((byte)'\n');
        if (Inputs.JsonInput.ReportLoneSurrogate(Encoding.UTF8.GetString(text), shown, DiagnosticCodes.TemplateStrings, diagnostics)) return [];
        try
        {
            var reader = new Utf8JsonReader(text, ReaderOptions);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
                return Fail(LineAt(reader.TokenStartIndex), "the file must be one JSON object of strings: { \"home\": \"Startseite\", … }");
            var seen = new HashSet<string>(StringComparer.Ordinal);
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var key = reader.GetString()!;
                var line = LineAt(reader.TokenStartIndex);
                reader.Read();
                if (reader.TokenType != JsonTokenType.String)
                    return Fail(LineAt(reader.TokenStartIndex), $"the value of '{key}' must be a string in quotes");
                if (!seen.Add(key)) return Fail(line, $"'{key}' is given twice");
                entries.Add((key, reader.GetString()!, line));
            }
            if (reader.TokenType != JsonTokenType.EndObject || reader.Read())
                return Fail(LineAt(reader.TokenStartIndex), "the file must be one JSON object of strings");
            return entries;
        }
        catch (JsonException e)
        {
            // The message without System.Text.Json's own 0-based position (the span says where).
            var message = e.Message;
            var at = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
            if (at > 0) message = message[..at];
            diagnostics.Error(DiagnosticCodes.TemplateStrings, SourceSpan.Of(shown, e),
                "not valid JSON: " + message);
            return [];
        }

        List<(string, string, int)> Fail(int line, string message)
        {
            diagnostics.Error(DiagnosticCodes.TemplateStrings, new SourceSpan(shown, line), message);
            return [];
        }
    }
}
