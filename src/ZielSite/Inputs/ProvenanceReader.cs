using System.Globalization;
using System.Text.Json;
using ZielSite.Diagnostics;

namespace ZielSite.Inputs;

/// <summary>
/// Reads a provenance record: <c>provenance.json</c> (for every data file of its folder and below) or
/// <c>NAME.csv.provenance.json</c> (for the one file beside it). A JSON object with the fields
/// <c>source</c> (required, text), <c>retrieved</c> (date <c>YYYY-MM-DD</c>), <c>licence</c> (or <c>license</c>),
/// <c>is_sample</c> (true/false, default false), <c>note</c>, <c>attribution</c> (the words every page with computed
/// figures shows; default for real data: the wording the Statistik der BA asks for) and <c>url</c> (the data owner's
/// homepage, http or https; default for real data: the BA statistics homepage).
/// </summary>
internal static class ProvenanceReader
{
    /// <summary>The name of a provenance file for a whole folder.</summary>
    public const string FolderFileName = "provenance.json";

    /// <summary>The ending of a provenance file for one data file (<c>x.csv</c> → <c>x.csv.provenance.json</c>).</summary>
    public const string FileSuffix = ".provenance.json";

    /// <summary>True for <c>provenance.json</c> and <c>*.provenance.json</c>, in any letter case (as the data folder is read).</summary>
    public static bool IsProvenanceFile(string path) =>
        Path.GetFileName(path).Equals(FolderFileName, StringComparison.OrdinalIgnoreCase) ||
        path.EndsWith(FileSuffix, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Reads one provenance file; <paramref name="file"/> is its display path and becomes <see cref="Provenance.File"/>.
    /// Returns null (with an error) where the file is not a JSON object with a <c>source</c>.
    /// </summary>
    public static Provenance? Read(string text, string file, DiagnosticBag diagnostics)
    {
        if (JsonInput.ReportLoneSurrogate(text, file, DiagnosticCodes.ProvenanceInvalid, diagnostics)) return null;
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text));
        return Read(stream, file, diagnostics);
    }

    /// <inheritdoc cref="Read(string, string, DiagnosticBag)"/>
    public static Provenance? Read(Stream content, string file, DiagnosticBag diagnostics)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(content, JsonInput.Options(commentsAndTrailingCommas: true));
        }
        catch (JsonException e)
        {
            diagnostics.Error(DiagnosticCodes.ProvenanceInvalid, SourceSpan.Of(file, e),
                JsonInput.DuplicateMessage(e) is { } twice ? "the provenance file is not valid JSON: " + twice : "the provenance file is not valid JSON");
            return null;
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                diagnostics.Error(DiagnosticCodes.ProvenanceInvalid, new SourceSpan(file), "the provenance file must hold a JSON object");
                return null;
            }
            var source = Text(root, "source", file, diagnostics);
            if (string.IsNullOrWhiteSpace(source))
            {
                diagnostics.Error(DiagnosticCodes.ProvenanceInvalid, new SourceSpan(file), "the provenance file must name its 'source'");
                return null;
            }
            var retrieved = Text(root, "retrieved", file, diagnostics);
            if (retrieved is not null && !DateOnly.TryParseExact(retrieved, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
                diagnostics.Warning(DiagnosticCodes.ProvenanceInvalid, new SourceSpan(file), $"'retrieved' should be a date YYYY-MM-DD, found '{retrieved}'");
            var licence = Text(root, "licence", file, diagnostics) ?? Text(root, "license", file, diagnostics);
            var isSample = false;
            if (root.TryGetProperty("is_sample", out var sample))
            {
                if (sample.ValueKind is JsonValueKind.True or JsonValueKind.False) isSample = sample.GetBoolean();
                else diagnostics.Error(DiagnosticCodes.ProvenanceInvalid, new SourceSpan(file), "'is_sample' must be true or false");
            }
            var attribution = Text(root, "attribution", file, diagnostics);
            var url = Text(root, "url", file, diagnostics);
            if (url is not null && !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is ("http" or "https") && uri.Host.Length > 0))
            {
                diagnostics.Error(DiagnosticCodes.ProvenanceInvalid, new SourceSpan(file), $"'url' must be an http or https address, found '{url}'");
                url = null;
            }
            return new Provenance(source.Trim(), retrieved, licence, isSample, Text(root, "note", file, diagnostics), file)
            {
                Attribution = string.IsNullOrWhiteSpace(attribution) ? null : attribution.Trim(),
                Url = url,
            };
        }
    }

    private static string? Text(JsonElement root, string name, string file, DiagnosticBag diagnostics)
    {
        if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null) return null;
        if (value.ValueKind == JsonValueKind.String) return value.GetString();
        diagnostics.Error(DiagnosticCodes.ProvenanceInvalid, new SourceSpan(file), $"'{name}' must be text");
        return null;
    }
}
