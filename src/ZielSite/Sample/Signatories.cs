using ZielSite.Inputs;

namespace ZielSite.Sample;

/// <summary>
/// Who signs a generated agreement. The region's Landrat/Landrätin or Oberbürgermeister(in) is an invented
/// person (Kreis Borken keeps Dr. Kai Zwicker of the real agreement), changing with the local elections of 2020
/// and 2025 with some probability; the ministry's Staatssekretär(in) follows the office holders of the years.
/// </summary>
internal static class Signatories
{
    private static readonly string[] MaleFirst =
    [
        "Andreas", "Thomas", "Michael", "Stefan", "Frank", "Jürgen", "Markus", "Christian", "Martin", "Klaus",
        "Ralf", "Jörg", "Uwe", "Peter", "Bernd", "Matthias", "Dirk", "Hendrik", "Sven", "Tobias",
    ];

    private static readonly string[] FemaleFirst =
    [
        "Sabine", "Petra", "Claudia", "Andrea", "Susanne", "Birgit", "Monika", "Anja", "Katrin", "Nicole",
        "Stefanie", "Julia", "Kerstin", "Martina", "Heike", "Silke", "Christiane", "Ute", "Anne", "Miriam",
    ];

    private static readonly string[] Surnames =
    [
        "Hartmann", "Brinkmann", "Vogelsang", "Terhorst", "Kemper", "Overbeck", "Schulte-Wessel", "Hölscher",
        "Bergmann", "Lammers", "Westhoff", "Reckmann", "Dreier", "Niehues", "Tenbrink", "Wiegand", "Kortmann",
        "Hülsmann", "Jansen", "Pieper", "Brockhoff", "Feldkamp", "Rottmann", "Heuer", "Stratmann", "Wessels",
        "Ahlers", "Mertens", "Gerdes", "Böckenholt",
    ];

    /// <summary>"Herrn Staatssekretär Matthias Heidmeier" as in "vertreten durch …".</summary>
    public static string StateSecretary(int year) => year switch
    {
        <= 2017 => "Frau Staatssekretärin Martina Hoffmann-Badache",
        <= 2022 => "Herrn Staatssekretär Dr. Edmund Heller",
        _ => "Herrn Staatssekretär Matthias Heidmeier",
    };

    /// <summary>Title and name of the region's signatory in <paramref name="year"/>: ("Landrat", "Dr. Kai Zwicker").</summary>
    public static (string Title, string Name) Representative(SampleRegion region, int year, int seed)
    {
        // Terms of office: agreements 2021–2025 belong to the term elected in 2020, and so on in steps of five years.
        var term = (year - 2021) >= 0 ? (year - 2021) / 5 : -((2020 - year) / 5) - 1;
        if (region.Ags == "05554" && term <= 0) return ("Landrat", "Dr. Kai Zwicker");
        var holder = term;
        // Re-elected office holders keep their name: walk towards term 0 while the election was won again.
        while (holder != 0)
        {
            var toward = holder > 0 ? holder - 1 : holder + 1;
            var election = SampleRandom.For(seed, region.Index, holder, (long)SampleStream.Signatory, 1);
            if (!election.Chance(0.6)) break;
            holder = toward;
        }
        if (region.Ags == "05554" && holder == 0) return ("Landrat", "Dr. Kai Zwicker");
        var rng = SampleRandom.For(seed, region.Index, holder, (long)SampleStream.Signatory, 0);
        var female = rng.Chance(0.35);
        var first = rng.Pick(female ? FemaleFirst : MaleFirst);
        var doctor = rng.Chance(0.25) ? "Dr. " : "";
        var name = doctor + first + " " + rng.Pick(Surnames);
        var title = (region.Kind, female) switch
        {
            (RegionKind.Stadt, true) => "Oberbürgermeisterin",
            (RegionKind.Stadt, false) => "Oberbürgermeister",
            (_, true) => "Landrätin",
            _ => "Landrat",
        };
        return (title, name);
    }
}
