using ZielSite.Inputs;
using ZielSite.Narrative;
using ZielSite.Wording;

namespace ZielSite.Tests.Narrative;

public class RegionGrammarTests
{
    [Theory]
    [InlineData("Kreis Borken", RegionKind.Kreis, "der Kreis Borken", "des Kreises Borken", "im Kreis Borken", "den Kreis Borken")]
    [InlineData("Stadt Essen", RegionKind.Stadt, "die Stadt Essen", "der Stadt Essen", "in der Stadt Essen", "die Stadt Essen")]
    [InlineData("Ennepe-Ruhr-Kreis", RegionKind.Kreis, "der Ennepe-Ruhr-Kreis", "des Ennepe-Ruhr-Kreises", "im Ennepe-Ruhr-Kreis", "den Ennepe-Ruhr-Kreis")]
    [InlineData("Hochsauerlandkreis", RegionKind.Kreis, "der Hochsauerlandkreis", "des Hochsauerlandkreises", "im Hochsauerlandkreis", "den Hochsauerlandkreis")]
    [InlineData("Stadt Mülheim an der Ruhr", RegionKind.Stadt, "die Stadt Mülheim an der Ruhr", "der Stadt Mülheim an der Ruhr", "in der Stadt Mülheim an der Ruhr", "die Stadt Mülheim an der Ruhr")]
    [InlineData("Borken", RegionKind.Kreis, "der Kreis Borken", "des Kreises Borken", "im Kreis Borken", "den Kreis Borken")]
    [InlineData("Hamm", RegionKind.Stadt, "die Stadt Hamm", "der Stadt Hamm", "in der Stadt Hamm", "die Stadt Hamm")]
    [InlineData("Städteregion Aachen", RegionKind.Kreis, "die Städteregion Aachen", "der Städteregion Aachen", "in der Städteregion Aachen", "die Städteregion Aachen")]
    [InlineData("Würzburg", RegionKind.Landkreis, "der Landkreis Würzburg", "des Landkreises Würzburg", "im Landkreis Würzburg", "den Landkreis Würzburg")]
    [InlineData("Würzburg", RegionKind.KreisfreieStadt, "die Stadt Würzburg", "der Stadt Würzburg", "in der Stadt Würzburg", "die Stadt Würzburg")]
    [InlineData("Aachen", RegionKind.Staedteregion, "die Städteregion Aachen", "der Städteregion Aachen", "in der Städteregion Aachen", "die Städteregion Aachen")]
    [InlineData("Hannover", RegionKind.Region, "die Region Hannover", "der Region Hannover", "in der Region Hannover", "die Region Hannover")]
    [InlineData("Region Hannover", RegionKind.Landkreis, "die Region Hannover", "der Region Hannover", "in der Region Hannover", "die Region Hannover")]
    [InlineData("Saarbrücken", RegionKind.Regionalverband, "der Regionalverband Saarbrücken", "des Regionalverbands Saarbrücken", "im Regionalverband Saarbrücken", "den Regionalverband Saarbrücken")]
    [InlineData("Regionalverband Saarbrücken", RegionKind.Landkreis, "der Regionalverband Saarbrücken", "des Regionalverbands Saarbrücken", "im Regionalverband Saarbrücken", "den Regionalverband Saarbrücken")]
    [InlineData("Essen", RegionKind.Stadt, "die Stadt Essen", "der Stadt Essen", "in der Stadt Essen", "die Stadt Essen")]
    [InlineData("Ulm", RegionKind.Stadtkreis, "der Stadtkreis Ulm", "des Stadtkreises Ulm", "im Stadtkreis Ulm", "den Stadtkreis Ulm")]
    [InlineData("Rhein-Kreis Neuss", RegionKind.Kreis, "der Rhein-Kreis Neuss", "des Rhein-Kreises Neuss", "im Rhein-Kreis Neuss", "den Rhein-Kreis Neuss")]
    [InlineData("Märkischer Kreis", RegionKind.Kreis, "der Märkische Kreis", "des Märkischen Kreises", "im Märkischen Kreis", "den Märkischen Kreis")]
    [InlineData("Landkreis Kassel", RegionKind.Landkreis, "der Landkreis Kassel", "des Landkreises Kassel", "im Landkreis Kassel", "den Landkreis Kassel")]
    public void Cases(string name, RegionKind kind, string nom, string gen, string loc, string acc)
    {
        Assert.Equal(nom, RegionGrammar.Nominative(name, kind));
        Assert.Equal(gen, RegionGrammar.Genitive(name, kind));
        Assert.Equal(loc, RegionGrammar.Locative(name, kind));
        Assert.Equal(acc, RegionGrammar.Accusative(name, kind));
    }

    [Fact]
    public void Dative_without_preposition()
    {
        Assert.Equal("dem Kreis Borken", RegionGrammar.Dative("Kreis Borken", RegionKind.Kreis));
        Assert.Equal("der Stadt Essen", RegionGrammar.Dative("Stadt Essen", RegionKind.Stadt));
    }
}
