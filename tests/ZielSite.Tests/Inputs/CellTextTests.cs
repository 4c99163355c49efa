using ZielSite.Inputs;

namespace ZielSite.Tests.Inputs;

/// <summary>Cells as offices write them: numbers, the statistics symbols, months and region keys (hand-checked values).</summary>
public sealed class CellTextTests
{
    [Theory]
    [InlineData("11467", '\0', true, 11467)]
    [InlineData("11.467", '\0', true, 11467)]         // a count column: '.' with three digits is a thousands separator
    [InlineData("1.234.567", '\0', false, 1234567)]   // several groups: thousands, in any column
    [InlineData("1.234,5", '\0', false, 1234.5)]
    [InlineData("1,234.5", '\0', false, 1234.5)]
    [InlineData("1234.5", '\0', false, 1234.5)]
    [InlineData("1234,5", '\0', false, 1234.5)]
    [InlineData("12.34", '\0', false, 12.34)]         // two digits after the point: a decimal point
    [InlineData("0.123", '\0', false, 0.123)]
    [InlineData("1.234", ',', false, 1234)]           // the column writes decimals with a comma
    [InlineData("1.234", '.', false, 1.234)]          // the column writes decimals with a point
    [InlineData(" 41 200 585,50 ", '\0', false, 41200585.5)]
    public void Numbers_are_read_as_written(string text, char columnDecimal, bool countColumn, double expected)
    {
        Assert.Equal(CellKind.Number, CellText.Value(text, columnDecimal, countColumn, out var v, out _));
        Assert.Equal(expected, v);
    }

    [Theory]
    [InlineData("*", (int)CellKind.Withheld)]
    [InlineData("x", (int)CellKind.Withheld)]
    [InlineData("X", (int)CellKind.Withheld)]
    [InlineData("-", (int)CellKind.None)]
    [InlineData(".", (int)CellKind.None)]
    [InlineData("", (int)CellKind.None)]
    [InlineData("k.A.", (int)CellKind.Invalid)]
    [InlineData("1.23.4", (int)CellKind.Invalid)]
    [InlineData("1e5", (int)CellKind.Invalid)]
    [InlineData("1.234", (int)CellKind.Ambiguous)]         // an EUR column without a decimal convention: never a guess
    public void Symbols_and_non_numbers_are_told_apart(string text, int kind)
    {
        Assert.Equal((CellKind)kind, CellText.Value(text, '\0', false, out _, out _));
    }

    [Theory]
    [InlineData("2023-01", 2023, 1)]
    [InlineData("01/2023", 2023, 1)]
    [InlineData("1/2023", 2023, 1)]
    [InlineData("03.2023", 2023, 3)]
    [InlineData("Januar 2023", 2023, 1)]
    [InlineData("März 2023", 2023, 3)]
    [InlineData("Maerz 2023", 2023, 3)]
    [InlineData("Jan. 2023", 2023, 1)]
    [InlineData("Sept 2023", 2023, 9)]
    [InlineData("202312", 2023, 12)]
    [InlineData("01.06.2023", 2023, 6)]
    [InlineData("2023-06-01", 2023, 6)]
    [InlineData("2023/7", 2023, 7)]
    public void Months_in_every_usual_form(string text, int year, int month)
    {
        Assert.True(CellText.Month(text, out var m), text);
        Assert.Equal(new YearMonth(year, month), m);
    }

    [Theory]
    [InlineData("13/2023")]
    [InlineData("Frühjahr 2023")]
    [InlineData("Ja 2023")]
    [InlineData("2023")]
    public void Non_months_are_refused(string text) => Assert.False(CellText.Month(text, out _));

    [Fact]
    public void Excel_dates_are_months()
    {
        // 44927 is 2023-01-01 in Excel's 1900 date system; 45291 is 2023-12-31.
        Assert.True(CellText.ExcelDate(44927, out var jan));
        Assert.Equal(new YearMonth(2023, 1), jan);
        Assert.True(CellText.ExcelDate(45291, out var dec));
        Assert.Equal(new YearMonth(2023, 12), dec);
        Assert.False(CellText.ExcelDate(44927.5, out _));
    }

    [Theory]
    [InlineData("05554", "05554")]
    [InlineData("5554", "05554")]
    [InlineData("05554000", "05554")]
    [InlineData("055540000000", "05554")]
    [InlineData("05554 Borken", "05554")]
    [InlineData("Kreis Borken", null)]
    [InlineData("555", null)]
    [InlineData("05554001", null)]
    public void Region_keys_as_text(string text, string? ags) => Assert.Equal(ags, CellText.Ags(text));

    [Fact]
    public void Region_keys_as_numbers()
    {
        Assert.Equal("05554", CellText.Ags(5554));
        Assert.Equal("05113", CellText.Ags(5113));
        Assert.Equal("05554", CellText.Ags(5554000));
        Assert.Null(CellText.Ags(5554.5));
    }

    [Theory]
    [InlineData("Integrationen\nFrauen", "integrationen frauen")]
    [InlineData("  ELB   Männer ", "elb männer")]
    [InlineData("Integrationen, Frauen", "integrationen frauen")]
    public void Titles_are_compared_without_case_and_with_whitespace_collapsed(string title, string normalised) =>
        Assert.Equal(normalised, ColumnMap.Normalise(title));
}
