using ZielSite.Agreements;
using ZielSite.Inputs;
using ZielSite.Output;
using ZielSite.Publishing;
using ZielSite.Rendering;

namespace ZielSite.Caching;

/// <summary>
/// Parsed agreements of earlier builds, as the parse stage sees the cache (<see cref="AgreementCache"/>, or
/// <see cref="NoBuildCache"/>: parse every agreement). Thread-safe: agreements are parsed in parallel.
/// </summary>
internal interface IAgreementReuse
{
    /// <summary>The agreement of <paramref name="source"/>: from the cache where it is unchanged, else <paramref name="parse"/>d.</summary>
    Agreement Parse(AgreementSource source, ProjectInputs inputs, Func<AgreementSource, Agreement> parse);
}

/// <summary>
/// The rebuild cache of one build, made once at the build's edge (<c>SiteBuilder</c>): <see cref="RebuildCache"/>
/// in a folder, or <see cref="NoBuildCache"/> without one. The stages see only the part they use and never
/// whether caching is on: parsing an <see cref="IAgreementReuse"/>, rendering an <see cref="IOutputReuse"/>.
/// </summary>
internal interface IBuildCache : IAgreementReuse, IOutputReuse
{
    /// <summary>
    /// After the compute stage: the keys of every output unit (<see cref="Fingerprints"/>); true when that took any work
    /// (the build times it).
    /// </summary>
    bool Key(ProjectInputs inputs, ProjectArchive archive, (string? BaseUrl, DateTimeOffset? GeneratedAt, bool Strict) options, SiteModel model);

    /// <summary>Where reused files go while rendering: the staging folder of the new site and its link index.</summary>
    void Attach(StagingSite staging, LinkIndex links);

    /// <summary>After the new site was committed to <paramref name="siteDir"/>: keeps what this build made; what the cache did, or null without a cache.</summary>
    CacheStats? Save(string siteDir, LinkIndex links);
}
