using ZielSite.Inputs;

namespace ZielSite.Wording;

/// <summary>
/// German noun phrases for a region name in each case, for sentences like "Im Jahr 2023 hat der Kreis Borken …".
/// The one region grammar of the program (the site's templates, the narrative and the sample generator use it).
/// </summary>
/// <remarks>
/// Rules, in this order:
/// <list type="number">
/// <item>A name that begins with a kind word keeps it: "Kreis Borken", "Landkreis Kassel", "Stadtkreis Ulm",
/// "Rhein-Kreis Neuss" (masculine, genitive "-es"); "Regionalverband Saarbrücken" (masculine, genitive "-s");
/// "Stadt Essen", "Städteregion Aachen", "Region Hannover" (feminine).</item>
/// <item>A name that is itself a Kreis: "Ennepe-Ruhr-Kreis", "Hochsauerlandkreis" (masculine, "des
/// Hochsauerlandkreises"); "Märkischer Kreis" declines its adjective ("des Märkischen Kreises").</item>
/// <item>A bare name gets the noun of its <see cref="RegionKind"/> (<see cref="RegionKinds.Noun"/>):
/// "Würzburg" as Landkreis → "der Landkreis Würzburg", as kreisfreie Stadt → "die Stadt Würzburg".</item>
/// </list>
/// </remarks>
internal static class RegionGrammar
{
    private enum Gender { Masculine, Feminine }

    /// <summary>The phrase without article: the noun (first word or the whole name) in nominative and genitive, and the rest.</summary>
    private readonly record struct Phrase(Gender Gender, string Nominative, string Genitive, string Oblique);

    /// <summary>"der Kreis Borken", "die Stadt Essen", "der Ennepe-Ruhr-Kreis".</summary>
    public static string Nominative(string name, RegionKind kind) => Of(name, kind) switch
    {
        { Gender: Gender.Feminine } p => "die " + p.Nominative,
        var p => "der " + p.Nominative,
    };

    /// <summary>"den Kreis Borken", "die Stadt Essen", "den Ennepe-Ruhr-Kreis".</summary>
    public static string Accusative(string name, RegionKind kind) => Of(name, kind) switch
    {
        { Gender: Gender.Feminine } p => "die " + p.Nominative,
        var p => "den " + p.Oblique,
    };

    /// <summary>"des Kreises Borken", "der Stadt Essen", "des Ennepe-Ruhr-Kreises", "des Regionalverbands Saarbrücken".</summary>
    public static string Genitive(string name, RegionKind kind) => Of(name, kind) switch
    {
        { Gender: Gender.Feminine } p => "der " + p.Nominative,
        var p => "des " + p.Genitive,
    };

    /// <summary>"dem Kreis Borken", "der Stadt Essen", "dem Ennepe-Ruhr-Kreis".</summary>
    public static string Dative(string name, RegionKind kind) => Of(name, kind) switch
    {
        { Gender: Gender.Feminine } p => "der " + p.Nominative,
        var p => "dem " + p.Oblique,
    };

    /// <summary>Where: "im Kreis Borken", "in der Stadt Essen", "im Ennepe-Ruhr-Kreis".</summary>
    public static string Locative(string name, RegionKind kind) => Of(name, kind) switch
    {
        { Gender: Gender.Feminine } p => "in der " + p.Nominative,
        var p => "im " + p.Oblique,
    };

    /// <summary>The pronoun that stands for the region in the next sentence: "er" (der Kreis Borken), "sie" (die Stadt Essen).</summary>
    public static string Pronoun(string name, RegionKind kind) => Of(name, kind).Gender == Gender.Feminine ? "sie" : "er";

    private static readonly string[] FeminineWords = ["Stadt", "Städteregion", "Region", "Kreisfreie Stadt"];
    private static readonly string[] MasculineWords = ["Kreis", "Landkreis", "Stadtkreis", "Regionalverband"];

    private static Phrase Of(string name, RegionKind kind)
    {
        var n = string.Join(' ', name.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        foreach (var w in FeminineWords)
            if (StartsWithWord(n, w)) return new(Gender.Feminine, n, n, n);
        var first = n.Split(' ', 2)[0];
        if (MasculineWords.Contains(first, StringComparer.OrdinalIgnoreCase) || first.EndsWith("-Kreis", StringComparison.OrdinalIgnoreCase))
            return Masculine(n);
        var words = n.Split(' ');
        if (words.Length == 2 && words[1] == "Kreis" && words[0].EndsWith("er", StringComparison.Ordinal))
        {
            // "Märkischer Kreis": with an article the adjective is weak: der Märkische Kreis, des Märkischen Kreises.
            var stem = words[0][..^1];
            return new(Gender.Masculine, stem + " Kreis", stem + "n Kreises", stem + "n Kreis");
        }
        if (n.EndsWith("kreis", StringComparison.OrdinalIgnoreCase)) return new(Gender.Masculine, n, n + "es", n);
        var noun = RegionKinds.Noun(kind);
        var phrase = noun + " " + n;
        return FeminineWords.Contains(noun) ? new(Gender.Feminine, phrase, phrase, phrase) : Masculine(phrase);
    }

    /// <summary>"Kreis Borken" → genitive "Kreises Borken"; "Regionalverband Saarbrücken" → "Regionalverbands Saarbrücken".</summary>
    private static Phrase Masculine(string phrase)
    {
        var parts = phrase.Split(' ', 2);
        var suffix = parts[0].EndsWith("verband", StringComparison.OrdinalIgnoreCase) ? "s" : "es";
        var genitive = parts.Length == 2 ? parts[0] + suffix + " " + parts[1] : parts[0] + suffix;
        return new(Gender.Masculine, phrase, genitive, phrase);
    }

    private static bool StartsWithWord(string name, string word) =>
        name.StartsWith(word, StringComparison.OrdinalIgnoreCase) && (name.Length == word.Length || name[word.Length] == ' ');
}
