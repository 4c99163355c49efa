using ZielSite.Diagnostics;

namespace ZielSite.Inputs;

/// <summary>Reads a provenance record (<c>provenance.json</c>). Placeholder until the data-reading work lands.</summary>
public static class ProvenanceReader
{
    public static Provenance? Read(string text, string file, DiagnosticBag diagnostics) =>
        throw new NotImplementedException("ProvenanceReader");
}
