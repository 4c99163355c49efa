using System.Text;
using System.Text.Json;
using ZielSite.Inputs;

namespace ZielSite.Starter;

/// <summary>What <see cref="StarterProject.Write"/> wrote.</summary>
public sealed record StarterResult(int Regions, IReadOnlyList<string> Files);

/// <summary>
/// Writes a starter project for one Land (<c>zielsite new DIR --land NAME</c>): <c>data/regions.csv</c> with all
/// its Kreise and kreisfreien Städte (AGS, name, official kind), its map <c>data/karte.geojson</c>, <c>zielsite.json</c>
/// with title and Land, the Impressum and the accessibility statement with marked placeholders (the built-in
/// pages), an empty <c>content/agreements/</c> with a README, and <c>data/provenance.json</c>. Everything comes from
/// the boundaries shipped with the program (<c>kreise-2021.geojson</c>, BKG VG5000, see its README).
/// </summary>
public static class StarterProject
{
    /// <summary>The attribution every map drawn from the shipped boundaries must show.</summary>
    public const string Attribution = "© GeoBasis-DE / BKG (2021), Datenlizenz Deutschland – Namensnennung – Version 2.0";

    /// <summary>The built-in pages a starter project gets its own copy of, to fill in.</summary>
    public static readonly string[] OwnPages = ["impressum.md", "barrierefreiheit.md"];

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>One Kreis or kreisfreie Stadt of the shipped boundaries: its AGS, name, official kind and the feature's JSON.</summary>
    public sealed record Kreis(string Ags, string Name, string Kind, string FeatureJson);

    /// <summary>The Kreise and kreisfreien Städte of a Land, by AGS. A name that occurs twice in the Land ("München"
    /// as Landkreis and as kreisfreie Stadt) is written with its kind ("Landkreis München", "Stadt München").</summary>
    public static IReadOnlyList<Kreis> KreiseOf(Land land)
    {
        var all = ReadBoundaries().Where(k => k.Ags.StartsWith(land.Code, StringComparison.Ordinal)).OrderBy(k => k.Ags, StringComparer.Ordinal).ToList();
        var twice = all.GroupBy(k => k.Name, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        return all.Select(k => twice.Contains(k.Name) ? k with { Name = $"{RegionKinds.Noun(RegionKinds.Parse(k.Kind) ?? RegionKind.Kreis)} {k.Name}" } : k).ToList();
    }

    /// <summary>Writes the starter project into <paramref name="dir"/> (created; must not hold files).</summary>
    /// <param name="builtinDir">The built-in folder shipped with the program, whose <c>pages/</c> give the Impressum and the accessibility statement.</param>
    public static StarterResult Write(string dir, Land land, string builtinDir)
    {
        var kreise = KreiseOf(land);
        var files = new List<string>();
        void Put(string relative, string text)
        {
            var path = Path.Combine(dir, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text, Utf8);
            files.Add(relative);
        }

        var csv = new StringBuilder("ags;name;kind\n");
        foreach (var k in kreise) csv.Append(k.Ags).Append(';').Append(k.Name).Append(';').Append(k.Kind).Append('\n');
        Put("data/regions.csv", csv.ToString());
        Put("data/karte.geojson", Map(land, kreise));
        Put("data/provenance.json", Provenance());
        Put("zielsite.json", Config(land));
        foreach (var page in OwnPages)
            Put("content/pages/" + page, File.ReadAllText(Path.Combine(builtinDir, "pages", page), Encoding.UTF8));
        Put("content/agreements/README.md", AgreementsReadme);
        return new StarterResult(kreise.Count, files);
    }

    /// <summary>The Land's features as a FeatureCollection, each feature as in the shipped file, with the attribution.</summary>
    private static string Map(Land land, IReadOnlyList<Kreis> kreise)
    {
        var text = new StringBuilder();
        text.Append("{\"type\":\"FeatureCollection\",\"name\":").Append(JsonSerializer.Serialize($"Kreise und kreisfreie Städte in {land.Name} (VG5000, Stand 01.01.2021)", JsonOptions))
            .Append(",\"attribution\":").Append(JsonSerializer.Serialize(Attribution, JsonOptions)).Append(",\"features\":[\n");
        for (var i = 0; i < kreise.Count; i++)
            text.Append(kreise[i].FeatureJson).Append(i + 1 < kreise.Count ? ",\n" : "\n");
        return text.Append("]}\n").ToString();
    }

    private static readonly JsonSerializerOptions JsonOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static string Config(Land land) =>
        "{\n" +
        $"  \"title\": {JsonSerializer.Serialize($"Zielvereinbarungen SGB II in {land.Name}", JsonOptions)},\n" +
        $"  \"land\": {JsonSerializer.Serialize(land.Name, JsonOptions)},\n" +
        $"  \"total_name\": {JsonSerializer.Serialize($"{land.Name} insgesamt", JsonOptions)},\n" +
        $"  \"contact\": \"{Placeholders.ContactPlaceholder}\"\n" +
        "}\n";

    private static string Provenance() =>
        "{\n" +
        "  \"source\": \"Statistik der Bundesagentur für Arbeit (noch keine Daten: ersetzen Sie diese Angabe durch die Quelle Ihrer Daten)\",\n" +
        "  \"retrieved\": null,\n" +
        "  \"licence\": null,\n" +
        "  \"is_sample\": false,\n" +
        "  \"note\": \"Gebiete: " + Attribution + " (VG5000, Stand 01.01.2021).\"\n" +
        "}\n";

    private const string AgreementsReadme = """
        # Zielvereinbarungen

        Legen Sie hier die Texte der Zielvereinbarungen ab, eine Datei je Jobcenter und Jahr, zum Beispiel
        `2025/landkreis-muster.txt`: den Text (OCR) des unterzeichneten Dokuments in UTF-8. Region und Jahr liest
        ZielSite aus dem Text; die Dateinamen sind frei. Region und AGS müssen in `data/regions.csv` stehen.

        Ein Wert, der im Text nicht lesbar ist, wird in einer Korrekturdatei daneben eingetragen
        (`NAME.korrektur.txt`, eine Zeile je Ziel, z. B. `k3 <= -5.2 %  # Grund`).

        `zielsite check` prüft alle Eingaben, `zielsite build` erzeugt die Website.
        """;

    private static readonly string[] KindWords = ["Städteregion", "Regionalverband", "Region"];

    /// <summary>
    /// The kind regions.csv names: VG5000's <c>bez</c> ("Landkreis", "Kreis", "Kreisfreie Stadt", "Stadtkreis"), except
    /// where the name itself says the official kind: VG5000 files Region Hannover and Regionalverband Saarbrücken as
    /// Landkreis and Städteregion Aachen as Kreis.
    /// </summary>
    internal static string KindOf(string name, string bez) =>
        KindWords.FirstOrDefault(w => name.StartsWith(w + " ", StringComparison.Ordinal)) ?? bez;

    private static IReadOnlyList<Kreis> ReadBoundaries()
    {
        using var stream = typeof(StarterProject).Assembly.GetManifestResourceStream("ZielSite.Starter.kreise-2021.geojson")
                           ?? throw new InvalidOperationException("the boundaries kreise-2021.geojson are not embedded in the program");
        using var doc = JsonDocument.Parse(stream);
        var list = new List<Kreis>();
        foreach (var feature in doc.RootElement.GetProperty("features").EnumerateArray())
        {
            var p = feature.GetProperty("properties");
            var name = p.GetProperty("name").GetString()!;
            list.Add(new Kreis(p.GetProperty("ags").GetString()!, name, KindOf(name, p.GetProperty("bez").GetString()!), feature.GetRawText()));
        }
        return list;
    }
}
