namespace ZielSite.Starter;

/// <summary>A Land: the first two digits of its AGS and its name.</summary>
public sealed record Land(string Code, string Name);

/// <summary>The 16 Länder, in the order of their AGS.</summary>
public static class Lander
{
    public static IReadOnlyList<Land> All { get; } =
    [
        new("01", "Schleswig-Holstein"), new("02", "Hamburg"), new("03", "Niedersachsen"), new("04", "Bremen"),
        new("05", "Nordrhein-Westfalen"), new("06", "Hessen"), new("07", "Rheinland-Pfalz"), new("08", "Baden-Württemberg"),
        new("09", "Bayern"), new("10", "Saarland"), new("11", "Berlin"), new("12", "Brandenburg"),
        new("13", "Mecklenburg-Vorpommern"), new("14", "Sachsen"), new("15", "Sachsen-Anhalt"), new("16", "Thüringen"),
    ];

    public static IReadOnlyList<string> Names { get; } = All.Select(l => l.Name).ToList();

    /// <summary>The Land of that name, in any case, with umlauts or written out ("thueringen"); null when there is none.</summary>
    public static Land? Find(string name)
    {
        var key = Key(name);
        return All.FirstOrDefault(l => Key(l.Name) == key);
    }

    private static string Key(string name) =>
        name.Trim().ToLowerInvariant().Replace("ä", "ae").Replace("ö", "oe").Replace("ü", "ue").Replace("ß", "ss").Replace(' ', '-');
}
