using System.Text.Json;

namespace ZielSite.Indicators;

/// <summary>Placeholder until the indicators work lands.</summary>
public static class IndicatorJson
{
    public static void Write(Utf8JsonWriter w, IndicatorSet values, IReadOnlyList<Verdict> verdicts) => throw new NotImplementedException("IndicatorJson");
}
