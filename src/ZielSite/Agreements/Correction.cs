using ZielSite.Diagnostics;

namespace ZielSite.Agreements;

/// <summary>
/// One line of an editor's correction file: target <see cref="Key"/> must be <see cref="Operator"/>
/// <see cref="Value"/> <see cref="Unit"/> ("%" or "pp"); <see cref="Reason"/> is the comment after "#".
/// </summary>
internal sealed record Correction(string Key, string Operator, double Value, string Unit, string? Reason, SourceSpan Span);
