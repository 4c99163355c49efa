using ZielSite.Diagnostics;
using ZielSite.Inputs;
using ZielSite.Sample;

namespace ZielSite.Tests.Inputs;

/// <summary>What <c>zielsite check</c> prints per data file, and the sample data in every shape read back as the same values.</summary>
public sealed class DataFileReportTests
{
    [Fact]
    public void The_report_names_shape_delimiter_columns_rows_regions_and_months()
    {
        using var temp = new TempDir();
        Directory.CreateDirectory(temp["data"]);
        Directory.CreateDirectory(temp["content"]);
        File.WriteAllText(temp["data/regions.csv"], "ags;name;kind\n05554;Kreis Borken;Kreis\n05113;Stadt Essen;Stadt\n");
        File.WriteAllText(temp["data/a.csv"], "ags;month;measure;value\n05554;2023-01;bg;5\n05113;2023-02;bg;6\n");
        File.WriteAllText(temp["data/b.csv"], "Titel\nAGS,Monat,Integrationen,Notiz\n05554,Januar 2022,12,x\n05554,Februar 2022,*,\n");
        var bag = new DiagnosticBag();
        var inputs = ProjectLoader.LoadData(ProjectLoader.LoadBasics(temp.Path, bag), bag);
        Assert.Equal(
        [
            "data/a.csv: long CSV (delimiter ';')",
            "  read: 2 rows, 2 values, 2 regions, months 2023-01 to 2023-02",
            "data/b.csv: wide CSV (delimiter ',')",
            "  columns: 'ags' → ags, 'monat' → month, 'integrationen' → integrationen, 'notiz' (not read)",
            "  read: 2 rows, 1 value, 1 withheld, 1 region, months 2022-01 to 2022-02",
        ], DataFileReport.Lines(inputs.DataFiles));
        var warning = Assert.Single(bag.ToSortedList());
        Assert.Equal(DiagnosticCodes.DataColumnUnmapped, warning.Code);
        Assert.Equal("data/b.csv:2:4", warning.Span.ToString());
    }

    [Theory]
    [InlineData(DataFormat.Wide)]
    [InlineData(DataFormat.Xlsx)]
    public void Sample_data_in_another_shape_reads_back_as_the_long_values(DataFormat format)
    {
        using var temp = new TempDir();
        var options = new SampleOptions(Regions: 3, Years: 2);
        SampleGenerator.Write(temp["long"], options);
        SampleGenerator.Write(temp["other"], options with { Format = format });
        Assert.Equal(format == DataFormat.Xlsx, File.Exists(temp["other/data/kennzahlen.xlsx"]));
        var bag = new DiagnosticBag();
        var a = ProjectLoader.LoadData(ProjectLoader.LoadBasics(temp["long"], bag), bag).Data;
        var b = ProjectLoader.LoadData(ProjectLoader.LoadBasics(temp["other"], bag), bag).Data;
        Assert.Empty(bag.ToSortedList());
        Assert.Equal((a.First, a.Last), (b.First, b.Last));
        var n = 0;
        foreach (var ags in a.Regions)
            for (var m = a.First; m <= a.Last; m = m.AddMonths(1))
                foreach (var measure in MeasureNames.All)
                {
                    Assert.Equal(a.Get(ags, measure, m), b.Get(ags, measure, m));
                    n++;
                }
        Assert.Equal(3 * 19 * 14, n); // December 2023 to June 2025
    }
}
