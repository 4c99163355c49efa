using System.Runtime.CompilerServices;
using ZielSite.Inputs;
using ZielSite.Text;

namespace ZielSite.Agreements;

/// <summary>
/// Matches a region name as written in an agreement ("Kreis Borken", "des Kreises Borken", "der Stadt Essen",
/// "Ennepe-Ruhr-Kreises", OCR noise included) against the regions of <c>data/regions.csv</c>.
/// </summary>
/// <remarks>
/// Building one folds and prepares every name variant, which costs more than a parse at 400 regions: build one per
/// regions list and pass it to <see cref="AgreementParser.Parse(string, string, RegionMatcher)"/>, or let
/// <see cref="For"/> reuse one. Immutable.
/// </remarks>
public sealed class RegionMatcher
{
    private sealed record Variant(Region Region, FuzzyPattern Folded, int Errors, bool Core);

    private static readonly ConditionalWeakTable<IReadOnlyList<Region>, RegionMatcher> Cache = new();

    private readonly List<Variant> _variants = [];
    private readonly Region[] _regions;
    private readonly (Region Region, string Name, bool? City)[] _distinctive;

    /// <summary>The kind words a region name may begin with ("Kreis ", "Landkreis ", "Städteregion " …), from <see cref="RegionKinds"/>.</summary>
    private static readonly string[] KindPrefixes = [.. Enum.GetValues<RegionKind>().Select(k => RegionKinds.Word(k) + " ")];

    private static readonly HashSet<string> KindWords = [.. Phrases.RegionKindWords.Select(Phrases.Fold), "der", "die", "das", "dem", "den", "des"];
    private static readonly HashSet<string> CityWords = [.. new[] { "Stadt", "Stadtkreis", "Stadtkreises", "kreisfreie", "kreisfreien" }.Select(Phrases.Fold)];
    private static readonly HashSet<string> CountyWords = [.. new[] { "Kreis", "Kreises", "Landkreis", "Landkreises" }.Select(Phrases.Fold)];

    /// <summary>
    /// The distinctive name of a region as written ("Landkreis Würzburg" → "wurzburg", folded) without its kind words
    /// (<see cref="Phrases.RegionKindWords"/>) and articles, and whether the kind words say a city (true), a Kreis
    /// (false) or nothing (null).
    /// </summary>
    internal static (string Name, bool? City) Distinctive(string text)
    {
        var sb = new System.Text.StringBuilder(text.Length);
        bool? city = null;
        foreach (var w in StatementReader.Words(text))
        {
            if (CityWords.Contains(w.Folded)) { city = true; continue; }
            if (CountyWords.Contains(w.Folded)) { city ??= false; continue; }
            if (KindWords.Contains(w.Folded)) continue;
            sb.Append(w.Folded);
        }
        return (sb.ToString(), city);
    }

    /// <summary>Prepares the name variants of <paramref name="regions"/>.</summary>
    public RegionMatcher(IReadOnlyList<Region> regions)
    {
        _regions = [.. regions];
        _distinctive = [.. _regions.Select(r =>
        {
            var (name, city) = Distinctive(r.Name);
            return (r, name, city ?? (RegionKinds.IsCity(r.Kind) ? true : r.Kind is RegionKind.Kreis or RegionKind.Landkreis ? false : (bool?)null));
        })];
        foreach (var r in _regions)
        {
            var name = r.Name.Trim();
            Add(r, name, core: false);
            foreach (var prefix in KindPrefixes)
            {
                if (!name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)) continue;
                var rest = name[prefix.Length..];
                if (prefix == "Kreis ") Add(r, "Kreises " + rest, core: false);
                Add(r, rest, core: true);
            }
            if (name.EndsWith("kreis", StringComparison.OrdinalIgnoreCase)) Add(r, name + "es", core: false);
        }
    }

    private void Add(Region r, string text, bool core)
    {
        var f = GermanText.Fold(text);
        if (f.Length < 3) return;
        _variants.Add(new Variant(r, new FuzzyPattern(f), core ? (f.Length >= 7 ? 1 : 0) : Fuzzy.DefaultErrors(f.Length), core));
    }

    /// <summary>
    /// The matcher of <paramref name="regions"/>, reused while the same list instance holds the same regions
    /// (a list changed since is detected and gets a new matcher). Thread-safe.
    /// </summary>
    public static RegionMatcher For(IReadOnlyList<Region> regions)
    {
        if (Cache.TryGetValue(regions, out var cached) && cached.Holds(regions)) return cached;
        var matcher = new RegionMatcher(regions);
        Cache.AddOrUpdate(regions, matcher);
        return matcher;
    }

    private bool Holds(IReadOnlyList<Region> regions)
    {
        if (regions.Count != _regions.Length) return false;
        for (int i = 0; i < _regions.Length; i++)
            if (!ReferenceEquals(regions[i], _regions[i])) return false;
        return true;
    }

    /// <summary>
    /// The region a party clause names, matched on its distinctive name (the kind word carries no weight, but tells a
    /// Stadt from a Landkreis of the same name): equal names first, then the fewest OCR errors (one per six letters,
    /// "ri" read for "n"). <c>Tied</c> lists the regions that match equally well where no single one does; a tie is
    /// never broken by counting. Both empty where no distinctive name matches.
    /// </summary>
    internal (Region? Region, IReadOnlyList<Region> Tied) MatchParty(string text)
    {
        var (name, city) = Distinctive(text);
        if (name.Length < 2) return (null, []);
        var best = new List<(Region Region, bool? City)>();
        foreach (var candidate in new[] { name, name.Replace("ri", "n", StringComparison.Ordinal) }.Distinct())
        {
            int bestErrors = Fuzzy.DefaultErrors(candidate.Length);
            foreach (var (r, n, c) in _distinctive)
            {
                if (Math.Abs(n.Length - candidate.Length) > bestErrors) continue;
                int e = n == candidate ? 0 : Fuzzy.Distance(n, candidate, bestErrors);
                if (e < 0 || e > bestErrors) continue;
                if (e < bestErrors) { best.Clear(); bestErrors = e; }
                best.Add((r, c));
            }
            if (best.Count > 0) break;
        }
        if (best.Count > 1 && city is { } wanted)
        {
            var kind = best.Where(b => b.City == wanted || b.City == null).ToList();
            if (kind.Count > 0) best = kind;
        }
        return best.Count switch
        {
            0 => (null, []),
            1 => (best[0].Region, []),
            _ => (null, [.. best.Select(b => b.Region)]),
        };
    }

    /// <summary>The region named in <paramref name="text"/> (a short phrase), or null; full names first, then bare names.</summary>
    internal Region? Match(string text)
    {
        var f = GermanText.Fold(text);
        ulong letters = Fuzzy.LetterSet(f);
        foreach (bool core in new[] { false, true })
        {
            Region? best = null;
            int bestErrors = int.MaxValue, bestLength = 0;
            bool tie = false;
            foreach (var v in _variants)
            {
                if (v.Core != core) continue;
                // The fewest errors with which the variant occurs (one scan), at most its own and the best so far.
                int e = Fuzzy.FewestErrors(f, letters, v.Folded, Math.Min(v.Errors, bestErrors));
                if (e < 0) continue;
                if (e < bestErrors || (e == bestErrors && v.Folded.Length > bestLength))
                {
                    tie = best != null && e == bestErrors && v.Folded.Length == bestLength && best != v.Region;
                    best = v.Region; bestErrors = e; bestLength = v.Folded.Length;
                }
                else if (e == bestErrors && v.Folded.Length == bestLength && best != v.Region) tie = true;
            }
            if (best != null) return tie ? null : best;
        }
        return null;
    }

    /// <summary>The region named most often in full form over <paramref name="lines"/>, with the first line naming it; null where none or a tie.</summary>
    internal (Region Region, int Line)? MostFrequent(IReadOnlyList<string> lines)
    {
        var counts = new Dictionary<Region, (int Count, int Line)>();
        for (int i = 0; i < lines.Count; i++)
        {
            if (lines[i].Length == 0) continue;
            var f = GermanText.Fold(lines[i]);
            ulong letters = Fuzzy.LetterSet(f);
            foreach (var v in _variants)
            {
                if (v.Core || Fuzzy.FewestErrors(f, letters, v.Folded, v.Errors) < 0) continue;
                counts[v.Region] = counts.TryGetValue(v.Region, out var c) ? (c.Count + 1, c.Line) : (1, i + 1);
            }
        }
        if (counts.Count == 0) return null;
        var ordered = counts.OrderByDescending(kv => kv.Value.Count).ToList();
        if (ordered.Count > 1 && ordered[1].Value.Count == ordered[0].Value.Count) return null;
        return (ordered[0].Key, ordered[0].Value.Line);
    }
}
