namespace ZielSite.Output;

/// <summary>One file of the site: a relative path with forward slashes (e.g. "2023/kreis-borken/index.html") and its bytes.</summary>
public sealed record OutputFile(string Path, ReadOnlyMemory<byte> Content);
