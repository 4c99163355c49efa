namespace ZielSite.Rendering;

/// <summary>A monitoring or comparison figure: label, value, a reference value (previous year or the total), the change or rank, all formatted.</summary>
internal sealed record FigureRow(string Label, string Value, string Reference, string Change);
