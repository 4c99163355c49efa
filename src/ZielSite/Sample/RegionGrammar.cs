using ZielSite.Inputs;

namespace ZielSite.Sample;

/// <summary>
/// A region's name with its article in the four cases: "der Kreis Borken" / "des Kreises Borken" / "dem Kreis
/// Borken" / "den Kreis Borken"; "die Stadt Essen" / "der Stadt Essen"; "der Ennepe-Ruhr-Kreis" / "des
/// Ennepe-Ruhr-Kreises". <see cref="DativeArticle"/> alone is used where the title block breaks the line after it.
/// </summary>
internal sealed record RegionGrammar(string Nominative, string Genitive, string Dative, string Accusative, string DativeArticle)
{
    public static RegionGrammar Of(string name, RegionKind kind)
    {
        if (kind == RegionKind.Stadt)
            return new("die " + name, "der " + name, "der " + name, "die " + name, "der");
        if (name.StartsWith("Kreis ", StringComparison.Ordinal))
        {
            var rest = name["Kreis ".Length..];
            return new("der " + name, "des Kreises " + rest, "dem " + name, "den " + name, "dem");
        }
        // "Ennepe-Ruhr-Kreis", "Hochsauerlandkreis": the name itself is the masculine noun.
        return new("der " + name, "des " + name + "es", "dem " + name, "den " + name, "dem");
    }
}
