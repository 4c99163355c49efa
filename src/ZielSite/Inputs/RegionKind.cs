namespace ZielSite.Inputs;

/// <summary>
/// The kind of a zugelassener kommunaler Träger as officials write it in <c>data/regions.csv</c> (BKG's
/// <c>bez</c>): the grammar of the narrative depends on it ("des Landkreises Würzburg", "der Städteregion
/// Aachen", "des Regionalverbands Saarbrücken"). <see cref="Kreis"/> and <see cref="Stadt"/> keep their values.
/// </summary>
public enum RegionKind
{
    Kreis,
    Stadt,
    Landkreis,
    KreisfreieStadt,
    Stadtkreis,
    Staedteregion,
    Region,
    Regionalverband,
}

/// <summary>The words of each <see cref="RegionKind"/>: how regions.csv writes it and the noun the narrative puts before a bare name.</summary>
internal static class RegionKinds
{
    private static readonly (string Word, RegionKind Kind)[] Words =
    [
        ("Kreis", RegionKind.Kreis),
        ("Stadt", RegionKind.Stadt),
        ("Landkreis", RegionKind.Landkreis),
        ("Kreisfreie Stadt", RegionKind.KreisfreieStadt),
        ("Stadtkreis", RegionKind.Stadtkreis),
        ("Städteregion", RegionKind.Staedteregion),
        ("Region", RegionKind.Region),
        ("Regionalverband", RegionKind.Regionalverband),
    ];

    /// <summary>The accepted spellings, for error messages.</summary>
    public static string Accepted => string.Join(", ", Words.Select(w => "'" + w.Word + "'"));

    /// <summary>The kind a regions.csv field names (any case, inner spaces collapsed), or null.</summary>
    public static RegionKind? Parse(string text)
    {
        var t = string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        foreach (var (word, kind) in Words)
            if (t.Equals(word, StringComparison.OrdinalIgnoreCase)) return kind;
        return null;
    }

    /// <summary>The official word ("Landkreis", "Kreisfreie Stadt", "Städteregion").</summary>
    public static string Word(RegionKind kind) => Words.First(w => w.Kind == kind).Word;

    /// <summary>The noun put before a bare name in a sentence: a kreisfreie Stadt is "die Stadt Würzburg".</summary>
    public static string Noun(RegionKind kind) => kind == RegionKind.KreisfreieStadt ? "Stadt" : Word(kind);

    /// <summary>True for a city (Stadt, kreisfreie Stadt, Stadtkreis).</summary>
    public static bool IsCity(RegionKind kind) => kind is RegionKind.Stadt or RegionKind.KreisfreieStadt or RegionKind.Stadtkreis;
}
