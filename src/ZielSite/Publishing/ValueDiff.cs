namespace ZielSite.Publishing;

/// <summary>A value (a key of <c>ValueKeys</c>) at the Stand month that differs between two builds; null = no value.</summary>
public sealed record ValueDiff(string Key, double? Old, double? New);
