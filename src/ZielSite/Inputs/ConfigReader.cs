using System.Text.Json;
using ZielSite.Diagnostics;

namespace ZielSite.Inputs;

/// <summary>Reads <c>zielsite.json</c>. Unknown keys are warnings; wrong types and broken JSON are errors at their line.</summary>
internal static class ConfigReader
{
    public const string FileName = "zielsite.json";

    public static ProjectConfig Read(string text, string file, DiagnosticBag diagnostics)
    {
        var config = ProjectConfig.Default;
        if (JsonInput.ReportLoneSurrogate(text, file, DiagnosticCodes.ConfigInvalid, diagnostics)) return config;
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(text, JsonInput.Options(commentsAndTrailingCommas: true));
        }
        catch (JsonException e)
        {
            diagnostics.Error(DiagnosticCodes.ConfigInvalid, JsonInput.SpanOf(file, text, e),
                $"the configuration is not valid JSON: {JsonInput.DuplicateMessage(e) ?? FirstSentence(e.Message)}");
            return config;
        }
        using (doc)
        {
            if (doc.RootElement.ValueKind != JsonValueKind.Object)
            {
                diagnostics.Error(DiagnosticCodes.ConfigInvalid, new SourceSpan(file, 1), "the configuration must be a JSON object");
                return config;
            }
            foreach (var p in doc.RootElement.EnumerateObject())
            {
                var span = new SourceSpan(file, LineOf(text, p.Name));
                switch (p.Name)
                {
                    case "title": config = config with { Title = String(p, span, diagnostics) ?? config.Title }; break;
                    case "land": config = config with { Land = String(p, span, diagnostics) ?? config.Land }; break;
                    case "total_name": config = config with { TotalName = String(p, span, diagnostics) ?? config.TotalName }; break;
                    case "contact": config = config with { Contact = String(p, span, diagnostics) ?? config.Contact }; break;
                    case "base_url": config = config with { BaseUrl = CheckedBaseUrl(String(p, span, diagnostics), span, diagnostics) }; break;
                    case "rounded_comparison": config = config with { RoundedComparison = Bool(p, span, diagnostics) ?? config.RoundedComparison }; break;
                    case "allow_raw_html": config = config with { AllowRawHtml = Bool(p, span, diagnostics) ?? config.AllowRawHtml }; break;
                    case "sheets": config = config with { Sheets = Strings(p, span, diagnostics) }; break;
                    default:
                        diagnostics.Warning(DiagnosticCodes.ConfigInvalid, span,
                            $"unknown setting '{p.Name}' (known: title, land, total_name, contact, base_url, rounded_comparison, allow_raw_html, sheets)");
                        break;
                }
            }
        }
        return config;
    }

    /// <summary>
    /// Null where <paramref name="url"/> may be the site's address: an absolute http or https URL with a host and
    /// without user name or password, or a path from the server's root ("/ziele/"); else why not. Either way no
    /// quote, angle bracket, backslash, white space or control character. <c>javascript:</c>, <c>data:</c>,
    /// <c>//host</c> (another host by the page's scheme) and relative paths are refused.
    /// </summary>
    public static string? BaseUrlProblem(string url)
    {
        if (url.Length == 0) return null;
        if (url.Any(c => char.IsControl(c) || char.IsWhiteSpace(c) || c is '"' or '\'' or '<' or '>' or '\\' or '`'))
            return $"'{Shown(url)}' has a space, quote, angle bracket, backslash or control character";
        if (url.StartsWith("//", StringComparison.Ordinal))
            return $"'{Shown(url)}' names another host without a scheme; write https://…";
        if (url.StartsWith('/')) return null;
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            return $"'{Shown(url)}' is no http or https address and no path from the server's root (such as /ziele/)";
        if (uri.Host.Length == 0) return $"'{Shown(url)}' has no host";
        if (uri.UserInfo.Length > 0) return $"'{Shown(url)}' carries a user name or password";
        return null;
    }

    private static string Shown(string s) => s.Length > 80 ? s[..80] + "…" : s;

    private static string? CheckedBaseUrl(string? url, SourceSpan span, DiagnosticBag diagnostics)
    {
        if (url is null || BaseUrlProblem(url) is not { } problem) return url;
        diagnostics.Error(DiagnosticCodes.BaseUrlInvalid, span, $"base_url {problem}; it is not used");
        return null;
    }

    private static string? String(JsonProperty p, SourceSpan span, DiagnosticBag diagnostics)
    {
        if (p.Value.ValueKind == JsonValueKind.String) return p.Value.GetString();
        if (p.Value.ValueKind == JsonValueKind.Null) return null;
        diagnostics.Error(DiagnosticCodes.ConfigInvalid, span, $"setting '{p.Name}' must be a string");
        return null;
    }

    private static IReadOnlyList<string>? Strings(JsonProperty p, SourceSpan span, DiagnosticBag diagnostics)
    {
        if (p.Value.ValueKind == JsonValueKind.Array && p.Value.EnumerateArray().All(e => e.ValueKind == JsonValueKind.String))
            return p.Value.EnumerateArray().Select(e => e.GetString()!).ToList();
        diagnostics.Error(DiagnosticCodes.ConfigInvalid, span, $"setting '{p.Name}' must be a list of sheet names, e.g. [\"Daten\"]");
        return null;
    }

    private static bool? Bool(JsonProperty p, SourceSpan span, DiagnosticBag diagnostics)
    {
        if (p.Value.ValueKind is JsonValueKind.True or JsonValueKind.False) return p.Value.GetBoolean();
        diagnostics.Error(DiagnosticCodes.ConfigInvalid, span, $"setting '{p.Name}' must be true or false");
        return null;
    }

    private static int LineOf(string text, string name)
    {
        var i = text.IndexOf('"' + name + '"', StringComparison.Ordinal);
        return i < 0 ? 1 : text.AsSpan(0, i).Count('\n') + 1;
    }

    private static string FirstSentence(string message)
    {
        // System.Text.Json appends " LineNumber: … | BytePositionInLine: …" and " Path: …"; the span already says where.
        foreach (var tail in new[] { " LineNumber:", " Path:" })
        {
            var i = message.IndexOf(tail, StringComparison.Ordinal);
            if (i >= 0) message = message[..i];
        }
        return message.TrimEnd().TrimEnd('.');
    }
}
