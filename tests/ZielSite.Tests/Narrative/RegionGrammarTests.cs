using ZielSite.Inputs;
using ZielSite.Narrative;

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
