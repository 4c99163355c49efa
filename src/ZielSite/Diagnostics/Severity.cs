namespace ZielSite.Diagnostics;

/// <summary>How bad a diagnostic is. Errors stop a build before rendering; warnings do unless <c>--strict</c> is off.</summary>
public enum Severity
{
    Warning,
    Error,
}
