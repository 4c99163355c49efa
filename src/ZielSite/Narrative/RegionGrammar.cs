using ZielSite.Inputs;

namespace ZielSite.Narrative;

/// <summary>
/// German noun phrases for a region name in each case, for sentences like "Im Jahr 2023 hat der Kreis Borken …".
/// Rules: a name that is itself a Kreis ("Ennepe-Ruhr-Kreis", "Hochsauerlandkreis", "Kreis Borken", "Landkreis X")
/// is masculine (der/des …es/im); a Stadt or a "…region" is feminine (die/der/in der). A bare name without the word
/// is prefixed with "Kreis" or "Stadt" by <see cref="RegionKind"/> ("Borken" → "der Kreis Borken").
/// </summary>
public static class RegionGrammar
{
    private enum Pattern { KreisPrefix, KreisSuffix, Feminine }

    /// <summary>"der Kreis Borken", "die Stadt Essen", "der Ennepe-Ruhr-Kreis".</summary>
    public static string Nominative(string name, RegionKind kind) => Phrase(name, kind) switch
    {
        (Pattern.Feminine, var n) => "die " + n,
        (_, var n) => "der " + n,
    };

    /// <summary>"den Kreis Borken", "die Stadt Essen", "den Ennepe-Ruhr-Kreis".</summary>
    public static string Accusative(string name, RegionKind kind) => Phrase(name, kind) switch
    {
        (Pattern.Feminine, var n) => "die " + n,
        (_, var n) => "den " + n,
    };

    /// <summary>"des Kreises Borken", "der Stadt Essen", "des Ennepe-Ruhr-Kreises".</summary>
    public static string Genitive(string name, RegionKind kind) => Phrase(name, kind) switch
    {
        (Pattern.Feminine, var n) => "der " + n,
        (Pattern.KreisSuffix, var n) => "des " + n + "es",
        (_, var n) => "des " + GenitiveOfFirstWord(n),
    };

    /// <summary>"dem Kreis Borken", "der Stadt Essen", "dem Ennepe-Ruhr-Kreis".</summary>
    public static string Dative(string name, RegionKind kind) => Phrase(name, kind) switch
    {
        (Pattern.Feminine, var n) => "der " + n,
        (_, var n) => "dem " + n,
    };

    /// <summary>Where: "im Kreis Borken", "in der Stadt Essen", "im Ennepe-Ruhr-Kreis".</summary>
    public static string Locative(string name, RegionKind kind) => Phrase(name, kind) switch
    {
        (Pattern.Feminine, var n) => "in der " + n,
        (_, var n) => "im " + n,
    };

    private static (Pattern, string) Phrase(string name, RegionKind kind)
    {
        var n = name.Trim();
        var firstWord = n.Split(' ', 2)[0];
        if (firstWord is "Kreis" or "Landkreis" or "Rhein-Kreis") return (Pattern.KreisPrefix, n);
        if (firstWord is "Stadt" or "Städteregion" or "Region") return (Pattern.Feminine, n);
        if (n.EndsWith("kreis", StringComparison.OrdinalIgnoreCase)) return (Pattern.KreisSuffix, n);
        return kind == RegionKind.Stadt ? (Pattern.Feminine, "Stadt " + n) : (Pattern.KreisPrefix, "Kreis " + n);
    }

    /// <summary>"Kreis Borken" → "Kreises Borken"; "Landkreis Kassel" → "Landkreises Kassel".</summary>
    private static string GenitiveOfFirstWord(string phrase)
    {
        var parts = phrase.Split(' ', 2);
        return parts.Length == 2 ? parts[0] + "es " + parts[1] : parts[0] + "es";
    }
}
