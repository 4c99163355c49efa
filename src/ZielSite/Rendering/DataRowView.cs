namespace ZielSite.Rendering;

/// <summary>One row of a <see cref="DataTableView"/>.</summary>
internal sealed record DataRowView(string Header, IReadOnlyList<string> Cells);
