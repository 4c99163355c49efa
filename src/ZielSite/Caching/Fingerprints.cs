using System.Reflection;
using System.Security.Cryptography;
using ZielSite.Agreements;
using ZielSite.Inputs;
using ZielSite.Publishing;
using ZielSite.Rendering;

namespace ZielSite.Caching;

/// <summary>
/// The keys of the cache: for every unit of output (<see cref="IOutputReuse"/>), a SHA-256 of the content of
/// everything it is made from, never of file times. <see cref="Global"/> covers what every page shows or depends on;
/// a region page adds its agreement and the data of every year up to its own (its values, last year's, the
/// 12-month K2 series, ranks and totals over all regions of its year and the other regions' values on its comparison
/// figures all come from there), and the other regions' targets of its year (<see cref="PeerTargets"/>).
/// </summary>
internal static class Fingerprints
{
    /// <summary>The program that renders: assembly version and build identity (a rebuilt ZielSite never reuses another's output).</summary>
    public static string ToolIdentity { get; } =
        ToolVersion.Current + "+" + typeof(Fingerprints).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    /// <summary>
    /// What every page depends on: the tool, the build options, every input except the data files and agreement
    /// texts (config, regions, provenance, Markdown pages, archive), the content of every template file in effect,
    /// and which region-years have pages (navigation, year links).
    /// </summary>
    public static string Global(ProjectInputs inputs, ProjectArchive archive, (string? BaseUrl, DateTimeOffset? GeneratedAt, bool Strict) options, SiteModel model)
    {
        using var h = new FingerprintHasher();
        h.Add("zielsite-global-1").Add(ToolIdentity).Add(options.BaseUrl).Add(options.GeneratedAt).Add(options.Strict);
        foreach (var (path, hash) in inputs.InputHashes)
        {
            if (IsDataFile(path) || path.StartsWith("content/agreements/", StringComparison.Ordinal)) continue;
            h.Add(path).Add(hash);
        }
        h.Add("archive").Add(archive.Years.Count);
        foreach (var y in archive.Years) h.Add(y);
        foreach (var (path, hash) in archive.Hashes.OrderBy(p => p.Key, StringComparer.Ordinal)) h.Add(path).Add(hash);
        h.Add("pages").Add(model.Pages.Count);
        foreach (var p in model.Pages) h.Add(p.Slug).Add(p.Title).Add(p.File).Add(p.Markdown);
        h.Add("templates").Add(inputs.TemplateDirs.Count);
        foreach (var dir in inputs.TemplateDirs)
        {
            var files = Directory.Exists(dir)
                ? Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(dir, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList()
                : [];
            h.Add(files.Count);
            foreach (var f in files) h.Add(f).Add(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(dir, f)))));
        }
        h.Add("years").Add(model.Years.Count);
        foreach (var y in model.Years) h.Add(y);
        h.Add("region-years").Add(model.Results.Count);
        foreach (var r in model.Results) h.Add(r.Region.Ags).Add(r.Year);
        return h.Finish();
    }

    /// <summary>A data file of <c>data/</c> (its content is covered by <see cref="DataUpTo"/>), not regions.csv.</summary>
    private static bool IsDataFile(string path) =>
        path.StartsWith("data/", StringComparison.Ordinal) && path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) && path != "data/regions.csv";

    /// <summary>
    /// Per year of the data, the fingerprint of all parsed values of every region (present or missing) of that year
    /// and all years before: what a result of that year is computed from. Keyed by the values, not by the files,
    /// so moving rows between files changes nothing, and a change in one year's file leaves earlier years' keys.
    /// </summary>
    public static IReadOnlyDictionary<int, string> DataUpTo(ObservationTable data)
    {
        var result = new Dictionary<int, string>();
        if (data.IsEmpty) return result;
        var regions = data.Regions.ToList();
        var previous = "";
        var buffer = new double[12];
        for (var year = data.First.Year; year <= data.Last.Year; year++)
        {
            using var h = new FingerprintHasher();
            h.Add("data-year-1").Add(previous).Add(year).Add(regions.Count);
            var january = new YearMonth(year, 1).Index - data.First.Index;
            foreach (var ags in regions)
            {
                h.Add(ags);
                foreach (var series in data.SeriesOf(ags)!)
                {
                    for (var m = 0; m < 12; m++)
                    {
                        var i = january + m;
                        buffer[m] = i >= 0 && i < series.Length ? series[i] : double.NaN;
                    }
                    h.Add(buffer);
                }
                // Withheld cells are missing like others but give the page a note: they count too (none in most data).
                if (data.HasWithheld)
                    foreach (var (measure, month) in data.WithheldOf(ags))
                        if (month.Year == year) h.Add((int)measure).Add(month.Index);
            }
            previous = h.Finish();
            result[year] = previous;
        }
        return result;
    }

    /// <summary>
    /// What a region page's comparison figures take from the other regions of its year beyond their values (those are in
    /// <see cref="DataUpTo"/>, the Vergleichstypen in regions.csv in <see cref="Global"/>): which regions have results,
    /// their targets (each region's own target and verdict stand in the figure's table) and the targets of the year's
    /// Land-level agreements (marked on the figure). Targets, not agreement files: a changed sentence elsewhere in
    /// another region's agreement leaves this page cached.
    /// </summary>
    private static string PeerTargets(SiteModel model, int year)
    {
        using var h = new FingerprintHasher();
        h.Add("peers-1").Add(year);
        void Targets(IReadOnlyList<Target> targets)
        {
            h.Add(targets.Count);
            foreach (var t in targets)
                h.Add(t.Key).Add(t.Kind).Add(t.Operator).Add(t.Value.ToString("R", System.Globalization.CultureInfo.InvariantCulture)).Add(t.Unit);
        }
        foreach (var r in model.Results.Where(r => r.Year == year).OrderBy(r => r.Region.Ags, StringComparer.Ordinal))
        {
            h.Add(r.Region.Ags).Add(r.Month).Add(r.Agreement is not null);
            Targets(r.Verdicts.Select(v => v.Target).ToList());
        }
        foreach (var land in model.LandResults.Where(l => l.Year == year)) Targets(land.Agreement.Targets);
        return h.Finish();
    }

    /// <summary>The fingerprint of every unit of the site that can be reused, by unit name (<see cref="IOutputReuse"/>).</summary>
    public static IReadOnlyDictionary<string, string> Units(string global, ProjectInputs inputs, SiteModel model)
    {
        var dataUpTo = DataUpTo(model.Data);
        var sources = inputs.Agreements.ToDictionary(a => a.File, StringComparer.Ordinal);
        string AgreementKey(Agreement? a)
        {
            if (a is null) return "-";
            using var h = new FingerprintHasher();
            h.Add(a.File).Add(inputs.InputHashes.GetValueOrDefault(a.File, "?"));
            var correction = sources.GetValueOrDefault(a.File)?.CorrectionFile;
            h.Add(correction).Add(correction is null ? null : inputs.InputHashes.GetValueOrDefault(correction, "?"));
            return h.Finish();
        }
        string Data(int year) => dataUpTo.GetValueOrDefault(year, "none");
        var peers = model.Results.Select(r => r.Year).Distinct().ToDictionary(y => y, y => PeerTargets(model, y));

        var units = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var r in model.Results)
            units[IOutputReuse.RegionUnit(r.Region.Ags, r.Year)] =
                FingerprintHasher.Of("region-2", global, r.Region.Ags, r.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), Data(r.Year), AgreementKey(r.Agreement), peers[r.Year]);
        foreach (var group in model.Results.GroupBy(r => r.Year))
        {
            using var h = new FingerprintHasher();
            h.Add("overview-1").Add(global).Add(group.Key).Add(Data(group.Key));
            foreach (var r in group.OrderBy(r => r.Region.Ags, StringComparer.Ordinal)) h.Add(r.Region.Ags).Add(AgreementKey(r.Agreement));
            units[IOutputReuse.OverviewUnit(group.Key)] = h.Finish();
        }
        foreach (var a in model.Agreements)
        {
            // The published original: its bytes at its address, nothing else.
            if (inputs.InputHashes.GetValueOrDefault(a.File) is { } hash)
                units[IOutputReuse.SourceUnit(a.File)] = FingerprintHasher.Of("source-1", hash, AgreementSources.SitePath(a));
        }
        return units;
    }
}
