using System.Text;
using ZielSite.Diagnostics;
using ZielSite.Inputs;

namespace ZielSite.Tests.Inputs;

public class ObservationReaderTests
{
    private static readonly IReadOnlySet<string> Known = new HashSet<string> { "05554", "05558" };

    private static (ObservationTable.Builder Table, IReadOnlyList<Diagnostic> Diagnostics) Read(string text, bool bom = false)
    {
        var table = new ObservationTable.Builder();
        var bag = new DiagnosticBag();
        Read(table, bag, "data/a.csv", text, bom);
        return (table, bag.ToSortedList());
    }

    private static void Read(ObservationTable.Builder table, DiagnosticBag bag, string file, string text, bool bom = false)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        if (bom) bytes = [0xEF, 0xBB, 0xBF, .. bytes];
        ObservationReader.Read(new MemoryStream(bytes), file, Known, table, bag);
    }

    private static Diagnostic Single(IReadOnlyList<Diagnostic> d, Severity severity, string code, int line, int column = 0)
    {
        var x = Assert.Single(d);
        Assert.Equal((severity, code, line), (x.Severity, x.Code, x.Span.Line));
        if (column > 0) Assert.Equal(column, x.Span.Column);
        Assert.Equal("data/a.csv", x.Span.File);
        return x;
    }

    [Fact]
    public void Reads_values_with_comma_or_point_BOM_CRLF_and_any_row_order()
    {
        var (t, d) = Read("ags;month;measure;value\r\n05558;2023-02;elb;1200\r\n05554;2023-01;llu;1234,5\r\n05554;2022-12;llu;99.25\r\n", bom: true);
        Assert.Empty(d);
        Assert.Equal(3, t.Count);
        var table = t.Build();
        Assert.Equal(1234.5, table.Get("05554", Measure.Llu, new YearMonth(2023, 1)));
        Assert.Equal(99.25, table.Get("05554", Measure.Llu, new YearMonth(2022, 12)));
        Assert.Equal(1200, table.Get("05558", Measure.Elb, new YearMonth(2023, 2)));
    }

    [Fact]
    public void Columns_may_come_in_any_order_and_an_empty_value_is_no_value()
    {
        var (t, d) = Read("Value;AGS;Measure;Month\n7;05554;bg;2023-01\n;05554;bg;2023-02\n");
        Assert.Empty(d);
        Assert.Equal(1, t.Count);
        Assert.Null(t.Build().Get("05554", Measure.Bg, new YearMonth(2023, 2)));
    }

    [Fact]
    public void Conflicting_duplicate_is_an_error_naming_both_places()
    {
        var table = new ObservationTable.Builder();
        var bag = new DiagnosticBag();
        Read(table, bag, "data/a.csv", "ags;month;measure;value\n05554;2023-01;elb;100\n");
        Read(table, bag, "data/b.csv", "ags;month;measure;value\n\n05554;2023-01;elb;101\n");
        var x = Assert.Single(bag.ToSortedList());
        Assert.Equal((Severity.Error, DiagnosticCodes.CsvDuplicate, "data/b.csv", 3, 19), (x.Severity, x.Code, x.Span.File, x.Span.Line, x.Span.Column));
        Assert.Contains("data/a.csv:2", x.Message);
        Assert.Contains("101", x.Message);
        Assert.Equal(100, table.Build().Get("05554", Measure.Elb, new YearMonth(2023, 1))); // the first is kept
    }

    [Fact]
    public void Same_duplicate_is_one_warning()
    {
        var (_, d) = Read("ags;month;measure;value\n05554;2023-01;elb;100\n05554;2023-01;elb;100,0\n05554;2023-02;elb;5\n05554;2023-02;elb;5\n");
        var x = Single(d, Severity.Warning, DiagnosticCodes.CsvDuplicate, 3);
        Assert.Contains("2 values", x.Message);
        Assert.Contains("data/a.csv:2", x.Message);
    }

    [Theory]
    [InlineData("05554;2023-01;elb;abc", DiagnosticCodes.CsvValueInvalid, 19)]
    [InlineData("05554;2023-01;elb;-5", DiagnosticCodes.CsvValueInvalid, 19)]
    [InlineData("05554;2023-01;elb;1.234,5", DiagnosticCodes.CsvValueInvalid, 19)]
    [InlineData("05554;2023-01;elb;1e5", DiagnosticCodes.CsvValueInvalid, 19)]
    [InlineData("05554;2023-13;elb;5", DiagnosticCodes.CsvMonthInvalid, 7)]
    [InlineData("05554;2023/01;elb;5", DiagnosticCodes.CsvMonthInvalid, 7)]
    [InlineData("05554;2023-1;elb;5", DiagnosticCodes.CsvMonthInvalid, 7)]
    [InlineData("5554;2023-01;elb;5", DiagnosticCodes.CsvValueInvalid, 1)]
    [InlineData("05554;2023-01;elb", DiagnosticCodes.CsvValueInvalid, 0)]
    [InlineData("05554;2023-01;elb;5;6", DiagnosticCodes.CsvValueInvalid, 0)]
    [InlineData("05554,2023-01,elb,5", DiagnosticCodes.CsvValueInvalid, 0)]
    public void Bad_rows_are_errors_with_line_and_column(string row, string code, int column)
    {
        var (t, d) = Read("ags;month;measure;value\n05554;2022-01;elb;1\n" + row + "\n");
        var x = Single(d, Severity.Error, code, 3, column);
        Assert.Equal(1, t.Count);
        if (row.StartsWith("5554;", StringComparison.Ordinal)) Assert.Contains("05554?", x.Message);
        if (row.Contains(',') && !row.Contains(';')) Assert.Contains("';'", x.Message);
    }

    [Fact]
    public void Wrong_delimiter_in_the_header_is_one_clear_error()
    {
        var (t, d) = Read("ags,month,measure,value\n05554,2023-01,elb,5\n05554,2023-02,elb,5\n");
        var x = Single(d, Severity.Error, DiagnosticCodes.CsvHeaderInvalid, 1);
        Assert.Contains("delimiter must be ';'", x.Message);
        Assert.Contains("','", x.Message);
        Assert.Equal(0, t.Count);
    }

    [Fact]
    public void Missing_header_is_an_error()
    {
        var (_, d) = Read("05554;2023-01;elb;5\n");
        Assert.Contains("header is missing", Single(d, Severity.Error, DiagnosticCodes.CsvHeaderInvalid, 1).Message);
        var (_, d2) = Read("ags;monat;measure;value\n");
        Assert.Contains("ags;month;measure;value", Single(d2, Severity.Error, DiagnosticCodes.CsvHeaderInvalid, 1).Message);
    }

    [Fact]
    public void Unknown_measures_and_regions_are_one_warning_per_name_with_count()
    {
        var rows = string.Concat(Enumerable.Range(1, 12).Select(m => $"05554;2023-{m:D2};arbeitslose;5\n09999;2023-{m:D2};elb;5\n"));
        var (t, d) = Read("ags;month;measure;value\n05554;2022-01;Elb;1\n" + rows);
        Assert.Equal(2, d.Count);
        Assert.All(d, x => Assert.Equal(Severity.Warning, x.Severity));
        var measure = d.Single(x => x.Code == DiagnosticCodes.CsvUnknownMeasure);
        Assert.Equal(3, measure.Span.Line);
        Assert.Contains("'arbeitslose' in 12 rows", measure.Message);
        var region = d.Single(x => x.Code == DiagnosticCodes.CsvUnknownRegion);
        Assert.Equal(4, region.Span.Line);
        Assert.Contains("09999", region.Message);
        Assert.Contains("12 rows", region.Message);
        Assert.Equal(1, t.Count); // "Elb" is read (case does not matter), the rest skipped
    }

    [Fact]
    public void A_line_over_64_KB_is_an_error_and_reading_goes_on()
    {
        var (t, d) = Read("ags;month;measure;value\n05554;2023-01;elb;" + new string('1', 70_000) + "\n05554;2023-02;elb;5\n");
        Assert.Contains("longer than 65536", Single(d, Severity.Error, DiagnosticCodes.CsvFileUnreadable, 2).Message);
        Assert.Equal(1, t.Count);
    }

    [Fact]
    public void Binary_junk_is_one_error()
    {
        var junk = new byte[200_000];
        new Random(3).NextBytes(junk);
        var table = new ObservationTable.Builder();
        var bag = new DiagnosticBag();
        var bytes = Encoding.UTF8.GetBytes("ags;month;measure;value\n05554;2023-01;elb;5\n").Concat(junk).ToArray();
        ObservationReader.Read(new MemoryStream(bytes), "data/a.csv", Known, table, bag);
        var x = Assert.Single(bag.ToSortedList());
        Assert.Equal((Severity.Error, DiagnosticCodes.CsvFileUnreadable), (x.Severity, x.Code));
        Assert.Equal(1, table.Count);
        var (_, d) = Read("\0\0\0PK\u0003\u0004");
        Assert.Single(d);
    }

    [Fact]
    public void Many_bad_rows_stop_after_the_limit()
    {
        var rows = string.Concat(Enumerable.Range(0, 500).Select(_ => "05554;2023-01;elb;x\n"));
        var (_, d) = Read("ags;month;measure;value\n" + rows);
        Assert.Equal(ObservationReader.MaxErrorsPerFile + 1, d.Count);
    }

    [Fact]
    public void Counts_that_are_not_whole_numbers_warn_once()
    {
        var (t, d) = Read("ags;month;measure;value\n05554;2023-01;elb;1.234\n05554;2023-02;elb;2.5\n05554;2023-01;llu;2.5\n");
        Assert.Contains("thousands separator", Single(d, Severity.Warning, DiagnosticCodes.CsvValueInvalid, 2).Message);
        Assert.Equal(3, t.Count);
    }

    [Fact]
    public void Blank_and_all_empty_lines_are_skipped_and_an_empty_file_warns()
    {
        var (t, d) = Read("ags;month;measure;value\n\n;;;\n   \n05554;2023-01;elb;5");
        Assert.Empty(d);
        Assert.Equal(1, t.Count);
        var (_, e) = Read("");
        Assert.Equal(Severity.Warning, Assert.Single(e).Severity);
    }

    [Fact]
    public void Many_lines_across_buffer_boundaries_are_all_read()
    {
        // 30,000 rows (≈ 700 KB) cross the reader's buffer many times; CR-only line ends on every other line.
        var sb = new StringBuilder("ags;month;measure;value\n");
        var expected = 0.0;
        for (var i = 0; i < 30_000; i++)
        {
            var ym = new YearMonth(1990, 1).AddMonths(i / 14);
            sb.Append(System.Globalization.CultureInfo.InvariantCulture, $"05554;{ym};{MeasureNames.Name(MeasureNames.All[i % 14])};{i}").Append(i % 2 == 0 ? "\r" : "\r\n");
            expected += i;
        }
        var (t, d) = Read(sb.ToString());
        Assert.Empty(d);
        Assert.Equal(30_000, t.Count);
        var table = t.Build();
        var sum = 0.0;
        for (var i = 0; i < 30_000; i++)
            sum += table.Get("05554", MeasureNames.All[i % 14], new YearMonth(1990, 1).AddMonths(i / 14))!.Value;
        Assert.Equal(expected, sum);
    }
}
