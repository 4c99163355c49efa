using ZielSite.Agreements;
using ZielSite.Indicators;
using ZielSite.Output;

namespace ZielSite.Publishing;

/// <summary>
/// The machine-readable summary of every result of a build (<c>daten/ergebnisse.json</c> in every site and
/// bundle): per region and year the Stand month, the targets with their verdicts, and every value of
/// <see cref="ValueKeys.All"/> at the Stand month. <see cref="Results"/> are ordered by year, then AGS
/// (ordinal). <see cref="IsSample"/> is true when the data is sample data (Musterdaten). The JSON bytes are
/// deterministic: fixed key order, invariant shortest round-trip numbers, "\n" line ends.
/// </summary>
public sealed partial record ResultsDocument(bool IsSample, IReadOnlyList<ResultEntry> Results)
{
    /// <summary>"Eigene Berechnung auf Grundlage von Daten der …" with the data owner's address (the data's provenance), or null.</summary>
    public string? Attribution { get; init; }

    /// <summary>Where the build puts the document in the site.</summary>
    public const string SitePath = "daten/ergebnisse.json";

    /// <summary>Version of the JSON shape (the <c>format</c> field); readers refuse other versions.</summary>
    public const int FormatVersion = 1;

    /// <summary>Summarises computed results; the order of <paramref name="results"/> does not matter.</summary>
    public static ResultsDocument FromResults(IReadOnlyList<RegionYearResult> results, bool isSample)
    {
        var entries = results
            .Select(ToEntry)
            .OrderBy(e => e.Year)
            .ThenBy(e => e.Ags, StringComparer.Ordinal)
            .ToList();
        return new ResultsDocument(isSample, entries);
    }

    /// <summary>The entry of one region and year, or null.</summary>
    public ResultEntry? Find(string ags, int year) =>
        Results.FirstOrDefault(e => e.Year == year && string.Equals(e.Ags, ags, StringComparison.Ordinal));

    /// <summary>The document as a site file at <see cref="SitePath"/>.</summary>
    public OutputFile ToOutputFile() => new(SitePath, ToBytes());

    private static ResultEntry ToEntry(RegionYearResult r)
    {
        var targets = r.Verdicts
            .OrderBy(v => TargetKeys.Order(v.Target.Key))
            .ThenBy(v => v.Target.Key, StringComparer.Ordinal)
            .Select(v => new TargetEntry(v.Target.Key, v.Target.Operator, v.Target.Value, v.Target.Unit,
                v.Actual, v.Compared, VerdictStatusNames.Json(v.Status), v.Target.Kind, v.IsProjected, r.YearToDate(v)))
            .ToList();
        var current = r.ByMonth.Count > 0 ? r.Current : null;
        var values = ValueKeys.All.Select(k => new KeyValuePair<string, double?>(k, Finite(current?[k]))).ToList();
        return new ResultEntry(r.Region.Ags, r.Region.Name, r.Region.Slug, r.Year, r.Month, r.IsFinal, targets, values);
    }

    /// <summary>JSON has no NaN or infinity; a computation that gives one has no value.</summary>
    private static double? Finite(double? v) => v is { } d && double.IsFinite(d) ? d : null;
}
