using System.Text;
using System.Text.Json;
using ZielSite.Indicators;
using ZielSite.Publishing;

namespace ZielSite.Tests.Publishing;

public class ResultsDocumentTests
{
    [Fact]
    public void Entries_are_ordered_by_year_then_ags_and_targets_in_display_order()
    {
        var doc = Samples.Document();
        // Bottrop 05512 sorts before Borken 05554 (ordinal), whatever order the results came in.
        Assert.Equal(["05512", "05554"], doc.Results.Select(r => r.Ags));
        var borken = doc.Find("05554", 2023)!;
        // TargetKeys order: integrationen (goal II) before k3 (goal III), though the verdicts came k3 first.
        Assert.Equal(["integrationen", "k3"], borken.Targets.Select(t => t.Key));
        Assert.Equal(new TargetEntry("k3", "<=", -5.2, "%", -5.0, -5.0, "missed"), borken.Targets[1]);
        Assert.True(borken.Final);
        Assert.False(doc.Find("05512", 2023)!.Final);
        Assert.True(doc.IsSample);
    }

    [Fact]
    public void Every_value_key_is_present_in_contract_order_and_missing_values_are_null()
    {
        var borken = Samples.Document().Find("05554", 2023)!;
        Assert.Equal(ValueKeys.All, borken.Values.Select(v => v.Key));
        Assert.Equal(13.1, borken.Value(ValueKeys.IntegrationenChange));
        Assert.Null(borken.Value(ValueKeys.Llu));
    }

    [Fact]
    public void The_json_has_the_documented_shape_and_invariant_numbers()
    {
        var text = Encoding.UTF8.GetString(Samples.Document().ToBytes());
        using var json = JsonDocument.Parse(text);
        var root = json.RootElement;
        Assert.Equal(1, root.GetProperty("format").GetInt32());
        Assert.True(root.GetProperty("sample").GetBoolean());
        var borken = root.GetProperty("results")[1];
        Assert.Equal("Kreis Borken", borken.GetProperty("name").GetString());
        Assert.Equal("kreis-borken", borken.GetProperty("slug").GetString());
        Assert.Equal(12, borken.GetProperty("month").GetInt32());
        Assert.Equal(JsonValueKind.Null, borken.GetProperty("values").GetProperty("llu").ValueKind);
        Assert.Contains("\"value\": -5.2,", text);       // decimal point, never a comma
        Assert.Contains("\"status\": \"missed\"", text);
        Assert.DoesNotContain("\r", text);
        Assert.EndsWith("}\n", text);
    }

    [Fact]
    public void Reading_gives_back_the_same_document_and_the_same_bytes()
    {
        var doc = Samples.Document();
        var bytes = doc.ToBytes();
        var read = ResultsDocument.Read(new MemoryStream(bytes));
        Assert.Equal(bytes, read.ToBytes());
        Assert.Equal(doc.Results[1].Targets, read.Results[1].Targets);
        Assert.Equal(bytes, ResultsDocument.FromResults(Samples.Results().Reverse().ToList(), true).ToBytes());
    }

    [Fact]
    public void A_file_that_is_no_results_document_is_refused_with_a_reason()
    {
        var e = Assert.Throws<InvalidDataException>(() => ResultsDocument.Read(new MemoryStream("{\"format\": 7}"u8.ToArray())));
        Assert.Contains("format 7", e.Message);
        Assert.Throws<InvalidDataException>(() => ResultsDocument.Read(new MemoryStream("not json"u8.ToArray())));
    }
}
