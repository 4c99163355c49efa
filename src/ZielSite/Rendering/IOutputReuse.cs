using System.Globalization;

namespace ZielSite.Rendering;

/// <summary>
/// Lets a render reuse files of an earlier build (the incremental cache, see <c>Caching.BuildCache</c>). A unit is a
/// named group of files that is rendered or reused as a whole: a region page with its downloads
/// (<see cref="RegionUnit"/>), a year overview (<see cref="OverviewUnit"/>), an agreement's published original
/// (<see cref="SourceUnit"/>). Implementations are thread-safe (region pages are rendered in parallel).
/// </summary>
internal interface IOutputReuse
{
    /// <summary>
    /// Places the cached files of <paramref name="unit"/> into the site (and the link index) and returns their
    /// paths; null when the unit must be rendered (unknown, changed, or its cached files are unusable).
    /// </summary>
    IReadOnlyList<string>? TryReuse(string unit);

    /// <summary>
    /// Reports a unit rendered in this build with the paths of its files, so they can be cached once the build is
    /// committed. Called only for a unit whose rendering added no diagnostic (a reused unit must add none either).
    /// </summary>
    void Rendered(string unit, IReadOnlyList<string> paths);

    /// <summary>Reuses nothing: every unit is rendered (a build without a cache).</summary>
    static IOutputReuse None { get; } = new NoReuse();

    /// <summary>Unit name of the region page <c>&lt;year&gt;/&lt;slug&gt;/</c> (index.html, daten.csv, daten.json).</summary>
    static string RegionUnit(string ags, int year) => "region/" + ags + "/" + year.ToString(CultureInfo.InvariantCulture);

    /// <summary>Unit name of the year overview <c>&lt;year&gt;/index.html</c>.</summary>
    static string OverviewUnit(int year) => "overview/" + year.ToString(CultureInfo.InvariantCulture);

    /// <summary>Unit name of the published copy of an agreement file (<paramref name="file"/>: its display path).</summary>
    static string SourceUnit(string file) => "source/" + file;

    private sealed class NoReuse : IOutputReuse
    {
        public IReadOnlyList<string>? TryReuse(string unit) => null;

        public void Rendered(string unit, IReadOnlyList<string> paths) { }
    }
}
