using ZielSite.Diagnostics;
using ZielSite.Inputs;

namespace ZielSite.Tests.Inputs;

public class ProvenanceReaderTests
{
    [Fact]
    public void Reads_all_fields()
    {
        var bag = new DiagnosticBag();
        var p = ProvenanceReader.Read("""{ "source": "BA Statistik", "retrieved": "2024-05-01", "licence": "dl-de/by-2-0", "is_sample": true, "note": "x" }""",
            "data/kennzahlen.csv.provenance.json", bag);
        Assert.Equal(new Provenance("BA Statistik", "2024-05-01", "dl-de/by-2-0", true, "x", "data/kennzahlen.csv.provenance.json"), p);
        Assert.Equal(0, bag.Count);
        Assert.True(ProvenanceReader.IsProvenanceFile("data/provenance.json"));
        Assert.True(ProvenanceReader.IsProvenanceFile("data/Kennzahlen.CSV.Provenance.JSON"));
        Assert.False(ProvenanceReader.IsProvenanceFile("data/kennzahlen.csv"));
        Assert.False(ProvenanceReader.IsProvenanceFile("data/myprovenance.json"));
    }

    [Theory]
    [InlineData("{ \"source\": ", 1)]
    [InlineData("[1]", 0)]
    [InlineData("{ \"licence\": \"x\" }", 0)]
    [InlineData("{ \"source\": \"x\", \"is_sample\": \"yes\" }", 0)]
    public void Bad_files_are_errors(string text, int line)
    {
        var bag = new DiagnosticBag();
        ProvenanceReader.Read(text, "data/provenance.json", bag);
        var x = Assert.Single(bag.ToSortedList());
        Assert.Equal((Severity.Error, DiagnosticCodes.ProvenanceInvalid, line), (x.Severity, x.Code, x.Span.Line));
    }
}
