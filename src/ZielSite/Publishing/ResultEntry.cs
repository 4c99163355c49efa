namespace ZielSite.Publishing;

/// <summary>
/// One region and year in a <see cref="ResultsDocument"/>. <see cref="Month"/> is the Stand month (1–12);
/// <see cref="Final"/> is true when the year is complete. <see cref="Values"/> holds the values at the Stand
/// month in the order of <c>ValueKeys.All</c> (null where a value cannot be computed).
/// </summary>
public sealed record ResultEntry(
    string Ags,
    string Name,
    string Slug,
    int Year,
    int Month,
    bool Final,
    IReadOnlyList<TargetEntry> Targets,
    IReadOnlyList<KeyValuePair<string, double?>> Values)
{
    /// <summary>The value of <paramref name="key"/>, or null where it is missing or not computable.</summary>
    public double? Value(string key)
    {
        foreach (var (k, v) in Values)
        {
            if (string.Equals(k, key, StringComparison.Ordinal)) return v;
        }
        return null;
    }
}
