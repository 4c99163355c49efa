using ZielSite.Agreements;
using ZielSite.Inputs;
using ZielSite.Output;
using ZielSite.Publishing;
using ZielSite.Rendering;

namespace ZielSite.Caching;

/// <summary>A build without a cache (<c>--no-cache</c>, the library's default): every agreement is parsed, every unit rendered, nothing kept.</summary>
internal sealed class NoBuildCache : IBuildCache
{
    public static NoBuildCache Instance { get; } = new();

    private NoBuildCache() { }

    public Agreement Parse(AgreementSource source, ProjectInputs inputs, Func<AgreementSource, Agreement> parse) => parse(source);

    public IReadOnlyList<string>? TryReuse(string unit) => null;

    public void Rendered(string unit, IReadOnlyList<string> paths) { }

    public bool Key(ProjectInputs inputs, ProjectArchive archive, (string? BaseUrl, DateTimeOffset? GeneratedAt, bool Strict) options, SiteModel model) => false;

    public void Attach(StagingSite staging, LinkIndex links) { }

    public CacheStats? Save(string siteDir, LinkIndex links) => null;
}
