namespace ZielSite.Sample;

/// <summary>A target chosen for an agreement before it is placed in the text: its rule and its sentence.</summary>
internal sealed record TargetPlan(string Key, string Operator, double Value, string Sentence);
