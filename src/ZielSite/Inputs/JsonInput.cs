using System.Text.Json;
using System.Text.RegularExpressions;
using ZielSite.Diagnostics;

namespace ZielSite.Inputs;

/// <summary>
/// What every JSON input (<c>zielsite.json</c>, <c>provenance.json</c>, the GeoJSON, <c>strings.json</c>) is checked
/// for before and while it is parsed: a lone surrogate escape (<c>"\ud800"</c>: no character, and .NET refuses to
/// read it as text) and a key given twice in one object (the second would silently win).
/// </summary>
internal static partial class JsonInput
{
    /// <summary>Parser options for a project's JSON: a key twice in one object is an error.</summary>
    public static JsonDocumentOptions Options(bool commentsAndTrailingCommas) => new()
    {
        AllowDuplicateProperties = false,
        CommentHandling = commentsAndTrailingCommas ? JsonCommentHandling.Skip : JsonCommentHandling.Disallow,
        AllowTrailingCommas = commentsAndTrailingCommas,
    };

    /// <summary>
    /// The first <c>\uXXXX</c> escape that is half of a surrogate pair without its other half, with its line and
    /// column (1-based); null where there is none.
    /// </summary>
    public static (int Line, int Column, string Escape)? LoneSurrogate(string text)
    {
        for (var i = text.IndexOf("\\u", StringComparison.Ordinal); i >= 0 && i + 6 <= text.Length; i = text.IndexOf("\\u", i + 2, StringComparison.Ordinal))
        {
            // An escaped backslash ("\\u…") is no escape: count the backslashes before.
            var slashes = 0;
            for (var j = i - 1; j >= 0 && text[j] == '\\'; j--) slashes++;
            if (slashes % 2 == 1 || !TryHex(text, i + 2, out var unit)) continue;
            if (char.IsHighSurrogate(unit))
            {
                if (i + 12 <= text.Length && text[i + 6] == '\\' && text[i + 7] == 'u' && TryHex(text, i + 8, out var low) && char.IsLowSurrogate(low))
                {
                    i += 6;
                    continue;
                }
                return Position(text, i);
            }
            if (char.IsLowSurrogate(unit)) return Position(text, i);
        }
        return null;
    }

    /// <summary>Reports a lone surrogate escape of <paramref name="text"/> (with <paramref name="code"/>); true where there is one.</summary>
    public static bool ReportLoneSurrogate(string text, string file, string code, DiagnosticBag diagnostics)
    {
        if (LoneSurrogate(text) is not { } at) return false;
        diagnostics.Error(code, new SourceSpan(file, at.Line, at.Column),
            $"the escape '{at.Escape}' is half of a surrogate pair without its other half: no character; write the character itself");
        return true;
    }

    /// <summary>Where a <see cref="JsonException"/> points: its line and column, or for a key given twice the line of its second occurrence.</summary>
    public static SourceSpan SpanOf(string file, string text, JsonException e)
    {
        if (e.LineNumber is not null) return SourceSpan.Of(file, e);
        if (Duplicate().Match(e.Message) is { Success: true } m)
        {
            var key = "\"" + m.Groups[1].Value + "\"";
            var first = text.IndexOf(key, StringComparison.Ordinal);
            var second = first < 0 ? -1 : text.IndexOf(key, first + key.Length, StringComparison.Ordinal);
            if (second >= 0) return Position(text, second) is var (line, column, _) ? new SourceSpan(file, line, column) : new SourceSpan(file);
        }
        return new SourceSpan(file);
    }

    /// <summary>"the key 'title' is given twice in one object; keep one" for a duplicate key, else null.</summary>
    public static string? DuplicateMessage(JsonException e) =>
        Duplicate().Match(e.Message) is { Success: true } m ? $"the key '{m.Groups[1].Value}' is given twice in one object; keep one" : null;

    [GeneratedRegex("Duplicate property '([^']*)'")]
    private static partial Regex Duplicate();

    private static bool TryHex(string text, int at, out char unit)
    {
        unit = '\0';
        return at + 4 <= text.Length && ushort.TryParse(text.AsSpan(at, 4), System.Globalization.NumberStyles.AllowHexSpecifier, System.Globalization.CultureInfo.InvariantCulture, out var v)
            && (unit = (char)v) == (char)v;
    }

    private static (int Line, int Column, string Escape) Position(string text, int index)
    {
        var line = 1 + text.AsSpan(0, index).Count('\n');
        var lineStart = text.LastIndexOf('\n', Math.Max(index - 1, 0)) + 1;
        if (index == 0) lineStart = 0;
        return (line, index - lineStart + 1, text.Substring(index, Math.Min(6, text.Length - index)));
    }
}
