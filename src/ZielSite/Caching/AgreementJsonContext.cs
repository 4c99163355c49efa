using System.Text.Json.Serialization;
using ZielSite.Agreements;

namespace ZielSite.Caching;

/// <summary>The System.Text.Json metadata of <see cref="Agreement"/>, made at compile time (for <see cref="AgreementCache"/>).</summary>
[JsonSerializable(typeof(Agreement))]
[JsonSerializable(typeof(List<TextBlock>))]
internal sealed partial class AgreementJsonContext : JsonSerializerContext;
