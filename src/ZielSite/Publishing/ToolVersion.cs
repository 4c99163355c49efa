using System.Reflection;

namespace ZielSite.Publishing;

/// <summary>The version of this build of ZielSite, as recorded in bundle manifests (the assembly's informational version, e.g. "0.1.0+3f2a…").</summary>
public static class ToolVersion
{
    public static string Current { get; } =
        typeof(ToolVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(ToolVersion).Assembly.GetName().Version?.ToString()
        ?? "unknown";
}
