namespace ZielSite.Rendering;

/// <summary>A table with column headers and rows, each row with a header cell (<c>th scope="row"</c>) and data cells (formatted text).</summary>
internal sealed record DataTableView(string Caption, IReadOnlyList<string> Columns, IReadOnlyList<DataRowView> Rows);
