namespace ZielSite.Sample;

/// <summary>
/// A target as written into a generated agreement, i.e. what a correct parser must read from it: the change of
/// <see cref="Key"/> against the previous year must be <see cref="Operator"/> (<c>"&gt;="</c> or <c>"&lt;="</c>)
/// <see cref="Value"/> (percent, or percentage points for <c>k2_gap</c>, per <see cref="Unit"/>).
/// <see cref="Line"/> is the 1-based line where the sentence ends; <see cref="Sentence"/> the sentence on one line.
/// </summary>
/// <see cref="Kind"/> is "change" (against the previous year) or "level".
public sealed record GeneratedTarget(string Key, string Operator, double Value, string Unit, int Line, string Sentence, string Kind = "change");
