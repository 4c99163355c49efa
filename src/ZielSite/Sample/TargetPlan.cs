namespace ZielSite.Sample;

/// <summary>A target chosen for an agreement before it is placed in the text: its rule and its sentence.</summary>
/// <remarks><see cref="Kind"/>: "change" against the previous year (the default) or "level" (the year's own value, e.g. a quota of 31,1 %).</remarks>
internal sealed record TargetPlan(string Key, string Operator, double Value, string Sentence, string Kind = "change");
