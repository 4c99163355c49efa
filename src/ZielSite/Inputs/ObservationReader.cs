using ZielSite.Diagnostics;

namespace ZielSite.Inputs;

/// <summary>Reads observation files (<c>ags;month;measure;value</c>) into one <see cref="ObservationTable"/>, streaming.</summary>
public static class ObservationReader
{
    /// <summary>
    /// Adds the values of one file to <paramref name="table"/>. <paramref name="file"/> is the display path.
    /// Duplicate cells with a different value are errors naming both places.
    /// </summary>
    public static void Read(Stream content, string file, IReadOnlySet<string> knownAgs, ObservationTable.Builder table, DiagnosticBag diagnostics) =>
        throw new NotImplementedException("ObservationReader");
}
