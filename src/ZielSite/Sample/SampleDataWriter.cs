using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ZielSite.Inputs;
using ZielSite.Output;

namespace ZielSite.Sample;

/// <summary>
/// Writes the data files of a sample project: <c>data/regions.csv</c> (with a generated Vergleichstyp per region), one observation file per calendar year
/// (<c>data/kennzahlen/YYYY.csv</c>, rows by ags, month, measure name; the file of the year before the first holds
/// only its December, which the first year's K2 needs) and <c>data/provenance.json</c>.
/// UTF-8 without BOM, LF line ends, invariant numbers.
/// </summary>
internal static class SampleDataWriter
{
    public const string ProvenanceSource = "ZielSite-Stichprobengenerator (zielsite sample)";

    public const string ProvenanceNote =
        "Generierte Beispieldaten (Musterdaten), kalibriert an veröffentlichten Eckwerten (u. a. Jahresberichte des " +
        "Jobcenters Kreis Borken); keine amtliche Statistik der Bundesagentur für Arbeit (BA).";

    internal static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Measures in ordinal order of their names, the row order within a month.</summary>
    private static readonly (Measure Measure, string Name)[] MeasuresByName =
        MeasureNames.All.Select(m => (m, MeasureNames.Name(m))).OrderBy(t => t.Item2, StringComparer.Ordinal).ToArray();

    /// <summary>regions.csv: <c>ags;name;kind;vergleichstyp</c>, the type of each region from <see cref="ComparisonTypes"/>.</summary>
    public static void WriteRegions(string path, IReadOnlyList<SampleRegion> regions, int seed)
    {
        var sb = new StringBuilder("ags;name;kind;vergleichstyp\n");
        foreach (var r in regions)
            sb.Append(r.Ags).Append(';').Append(r.Name).Append(';').Append(r.Kind.ToString()).Append(';')
                .Append(ComparisonTypes.For(r, RegionProfiles.For(r, seed))).Append('\n');
        WriteText(path, sb.ToString());
    }

    public static void WriteObservations(string dataDir, IReadOnlyList<RegionSeries> series, SampleOptions options)
    {
        if (options.Format != DataFormat.Long)
        {
            WriteWide(dataDir, series, options);
            return;
        }
        var dir = Path.Combine(dataDir, "kennzahlen");
        Directory.CreateDirectory(dir);
        var last = options.EffectiveLastMonth;
        // The year before the first contributes its December only (the base of the first year's K2).
        for (var year = options.FirstYear - 1; year <= options.LastYear; year++)
        {
            var path = Path.Combine(dir, year.ToString(CultureInfo.InvariantCulture) + ".csv");
            using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
            using var writer = new StreamWriter(stream, Utf8, 1 << 16) { NewLine = "\n" };
            writer.Write("ags;month;measure;value\n");
            var firstMonth = year < options.FirstYear ? 12 : 1;
            var lastMonth = year == last.Year ? last.Month : 12;
            foreach (var s in series)
            {
                for (var m = firstMonth; m <= lastMonth; m++)
                {
                    var ym = new YearMonth(year, m);
                    var month = ym.ToString();
                    foreach (var (measure, name) in MeasuresByName)
                    {
                        writer.Write(s.Region.Ags);
                        writer.Write(';');
                        writer.Write(month);
                        writer.Write(';');
                        writer.Write(name);
                        writer.Write(';');
                        writer.Write(s[measure, ym].ToString(CultureInfo.InvariantCulture));
                        writer.Write('\n');
                    }
                }
            }
        }
    }

    /// <summary>
    /// The same values as wide tables (<see cref="WideDataWriter"/>): one CSV file per year (data/kennzahlen/YYYY.csv) or one
    /// workbook with a sheet per year (data/kennzahlen.xlsx); the year before the first again with its December only.
    /// </summary>
    private static void WriteWide(string dataDir, IReadOnlyList<RegionSeries> series, SampleOptions options)
    {
        var regions = series.Select(s => (s.Region.Ags, s.Region.Name)).ToList();
        var byAgs = series.ToDictionary(s => s.Region.Ags, StringComparer.Ordinal);
        double? Value(string ags, Measure measure, YearMonth month) => byAgs[ags][measure, month];
        var last = options.EffectiveLastMonth;
        var years = Enumerable.Range(options.FirstYear - 1, options.LastYear - options.FirstYear + 2)
            .Select(y => (Sheet: y.ToString(CultureInfo.InvariantCulture), From: new YearMonth(y, y < options.FirstYear ? 12 : 1), To: y == last.Year ? last : new YearMonth(y, 12)))
            .ToList();
        if (options.Format == DataFormat.Xlsx)
        {
            WideDataWriter.WriteXlsx(Path.Combine(dataDir, "kennzahlen.xlsx"), regions, years, Value);
            return;
        }
        foreach (var (year, from, to) in years)
            WideDataWriter.WriteCsv(Path.Combine(dataDir, "kennzahlen", year + ".csv"), regions, from, to, Value);
    }

    public static void WriteProvenance(string path, SampleOptions options)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, JsonFormats.Readable))
        {
            json.WriteStartObject();
            json.WriteString("source", ProvenanceSource);
            json.WriteNull("retrieved");
            json.WriteNull("licence");
            json.WriteBoolean("is_sample", true);
            json.WriteString("note", ProvenanceNote);
            json.WriteStartObject("generator");
            json.WriteNumber("regions", options.Regions);
            json.WriteNumber("years", options.Years);
            json.WriteNumber("seed", options.Seed);
            json.WriteString("last_month", options.EffectiveLastMonth.ToString());
            json.WriteEndObject();
            json.WriteEndObject();
        }
        buffer.WriteByte((byte)'\n');
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, buffer.ToArray());
    }

    public static void WriteText(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, Utf8);
    }
}
