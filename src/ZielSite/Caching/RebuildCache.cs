using ZielSite.Agreements;
using ZielSite.Inputs;
using ZielSite.Output;
using ZielSite.Publishing;
using ZielSite.Rendering;

namespace ZielSite.Caching;

/// <summary>
/// The rebuild cache in a folder (<c>.zielsite-cache/</c> by default): parsed agreements (<see cref="AgreementCache"/>,
/// <c>agreements.bin</c>) and output units (<see cref="BuildCache"/>, <c>index.bin</c> and <c>files/</c>), opened when
/// the build starts and saved after the new site was committed.
/// </summary>
internal sealed class RebuildCache : IBuildCache
{
    private readonly string _dir;
    private readonly AgreementCache _agreements;
    private BuildCache? _outputs;

    private RebuildCache(string dir)
    {
        _dir = dir;
        _agreements = AgreementCache.Open(dir);
    }

    public static RebuildCache Open(string dir) => new(dir);

    public Agreement Parse(AgreementSource source, ProjectInputs inputs, Func<AgreementSource, Agreement> parse) =>
        _agreements.Parse(source, inputs, parse);

    public bool Key(ProjectInputs inputs, ProjectArchive archive, (string? BaseUrl, DateTimeOffset? GeneratedAt, bool Strict) options, SiteModel model)
    {
        _outputs = BuildCache.Open(_dir, Fingerprints.Units(Fingerprints.Global(inputs, archive, options, model), inputs, model));
        return true;
    }

    public void Attach(StagingSite staging, LinkIndex links) => _outputs?.Attach(staging, links);

    public IReadOnlyList<string>? TryReuse(string unit) => _outputs?.TryReuse(unit);

    public void Rendered(string unit, IReadOnlyList<string> paths) => _outputs?.Rendered(unit, paths);

    public CacheStats? Save(string siteDir, LinkIndex links)
    {
        // Without keys (not called by a build) the output units are left as they are.
        if (_outputs is null) return new CacheStats(0, 0, _agreements.Save()) { AgreementsReused = _agreements.Hits };
        // The agreements are written on another thread while the output units are linked.
        var agreementsSaved = Task.Run(_agreements.Save);
        var saved = _outputs.Save(siteDir, links) & agreementsSaved.GetAwaiter().GetResult();
        return _outputs.Stats(saved) with { AgreementsReused = _agreements.Hits };
    }
}
