using System.Text;
using ZielSite.Diagnostics;
using ZielSite.Inputs;

namespace ZielSite.Tests.Inputs;

public class RegionReaderTests
{
    private static (IReadOnlyList<Region> Regions, IReadOnlyList<Diagnostic> Diagnostics) Read(string text)
    {
        var bag = new DiagnosticBag();
        var regions = RegionReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), "data/regions.csv", bag);
        return (regions, bag.ToSortedList());
    }

    [Fact]
    public void Reads_regions_with_extra_columns_and_any_case_of_kind()
    {
        var (r, d) = Read("\uFEFFags;name;kind;vergleichstyp\r\n05554;Kreis Borken;kreis;IIa\r\n05117;Stadt Mülheim an der Ruhr;STADT;Ie\r\n");
        Assert.Empty(d);
        Assert.Equal(2, r.Count);
        Assert.Equal(("05554", "Kreis Borken", RegionKind.Kreis, "kreis-borken"), (r[0].Ags, r[0].Name, r[0].Kind, r[0].Slug));
        Assert.Equal(("stadt-muelheim-an-der-ruhr", RegionKind.Stadt), (r[1].Slug, r[1].Kind));
        Assert.Equal("IIa", r[0].Extra["vergleichstyp"]);
        Assert.Equal(new SourceSpan("data/regions.csv", 3), r[1].Span);
    }

    [Theory]
    [InlineData("Landkreis", RegionKind.Landkreis)]
    [InlineData("LANDKREIS", RegionKind.Landkreis)]
    [InlineData("Kreis", RegionKind.Kreis)]
    [InlineData("kreisfreie  stadt", RegionKind.KreisfreieStadt)]
    [InlineData("Stadt", RegionKind.Stadt)]
    [InlineData("Stadtkreis", RegionKind.Stadtkreis)]
    [InlineData("städteregion", RegionKind.Staedteregion)]
    [InlineData("Region", RegionKind.Region)]
    [InlineData("Regionalverband", RegionKind.Regionalverband)]
    public void Reads_the_official_kinds(string kind, RegionKind expected)
    {
        var (r, d) = Read($"ags;name;kind\n09679;Würzburg;{kind}\n");
        Assert.Empty(d);
        Assert.Equal(expected, Assert.Single(r).Kind);
    }

    [Theory]
    [InlineData("ags;name\n05554;Kreis Borken\n", 1, "kind")]
    [InlineData("05554;Kreis Borken;Kreis\n", 1, "header is missing")]
    [InlineData("ags,name,kind\n05554,Kreis Borken,Kreis\n", 1, "delimiter")]
    [InlineData("ags;name;kind\n5554;Kreis Borken;Kreis\n", 2, "05554?")]
    [InlineData("ags;name;kind\n0555A;Kreis Borken;Kreis\n", 2, "five digits")]
    [InlineData("ags;name;kind\n05554;Kreis Borken;Bezirk\n", 2, "the kind must be one of 'Kreis', 'Stadt', 'Landkreis'")]
    [InlineData("ags;name;kind\n05554;Kreis Borken\n", 2, "expected 3 fields")]
    [InlineData("ags;name;kind\n05554;Kreis Borken;Kreis\n05554;Kreis Coesfeld;Kreis\n", 3, "listed twice (also at data/regions.csv:2)")]
    [InlineData("ags;name;kind\n05554;Kreis Borken;Kreis\n05558;Kreis  Borken!;Kreis\n", 3, "same slug 'kreis-borken'")]
    [InlineData("ags;name;kind\n05554;;Kreis\n", 2, "no name")]
    [InlineData("", 0, "empty")]
    public void Errors_name_the_line(string text, int line, string message)
    {
        var (_, d) = Read(text);
        var x = Assert.Single(d);
        Assert.True(x.IsError);
        Assert.Equal(line, x.Span.Line);
        Assert.Contains(message, x.Message);
    }

    [Fact]
    public void Quoted_fields_are_unquoted()
    {
        var (r, d) = Read("ags;name;kind\n\"05554\";\"Kreis \"\"Borken\"\"; Westmünsterland\";Kreis\n");
        Assert.Empty(d);
        Assert.Equal("Kreis \"Borken\"; Westmünsterland", Assert.Single(r).Name);
    }

    [Fact]
    public void The_vergleichstyp_column_is_read_as_the_comparison_type_and_may_be_empty_or_missing()
    {
        var (r, d) = Read("ags;name;kind;Vergleichstyp\n05554;Kreis Borken;Kreis; IIa \n05558;Kreis Coesfeld;Kreis;\n05113;Stadt Essen;Stadt;Typ 3a/b\n");
        Assert.Empty(d);
        Assert.Equal(["IIa", null, "Typ 3a/b"], r.Select(x => x.ComparisonType));
        var (plain, none) = Read("ags;name;kind\n05554;Kreis Borken;Kreis\n");
        Assert.Empty(none);
        Assert.Null(Assert.Single(plain).ComparisonType);
    }

    [Theory]
    [InlineData("Ländliche Gebiete mit guter Arbeitsmarktlage", "has 44 characters; a type is a short code of at most 12 characters")]
    [InlineData("II\u0007b", "the control character U+0007")]
    [InlineData("IIb<script>", "the character U+003C")]
    [InlineData("II\u202Eb", "the character U+202E")]
    public void A_vergleichstyp_that_is_no_short_code_is_an_error_at_its_line_and_the_region_stays_without_a_type(string type, string message)
    {
        var (r, d) = Read($"ags;name;kind;vergleichstyp\n05554;Kreis Borken;Kreis;IIa\n05558;Kreis Coesfeld;Kreis;{type}\n");
        var x = Assert.Single(d);
        Assert.True(x.IsError);
        Assert.Equal(DiagnosticCodes.RegionInvalid, x.Code);
        Assert.Equal(new SourceSpan("data/regions.csv", 3), x.Span);
        Assert.Contains("vergleichstyp", x.Message);
        Assert.Contains("region 05558", x.Message);
        Assert.Contains(message, x.Message);
        Assert.Equal(2, r.Count);
        Assert.Equal(("IIa", (string?)null), (r[0].ComparisonType, r[1].ComparisonType));
    }
}
