namespace ZielSite.Indicators;

/// <summary>Whether a target is met. The JSON names are <c>met</c>, <c>missed</c>, <c>on_track</c>, <c>off_track</c>, <c>no_data</c>.</summary>
public enum VerdictStatus
{
    Met,
    Missed,
    OnTrack,
    OffTrack,
    NoData,
}

public static class VerdictStatusNames
{
    public static string Json(VerdictStatus s) => s switch
    {
        VerdictStatus.Met => "met",
        VerdictStatus.Missed => "missed",
        VerdictStatus.OnTrack => "on_track",
        VerdictStatus.OffTrack => "off_track",
        _ => "no_data",
    };

    /// <summary>The status of a JSON name (<see cref="Json"/> read back); false for any other text.</summary>
    public static bool TryParse(string json, out VerdictStatus status)
    {
        (var known, status) = json switch
        {
            "met" => (true, VerdictStatus.Met),
            "missed" => (true, VerdictStatus.Missed),
            "on_track" => (true, VerdictStatus.OnTrack),
            "off_track" => (true, VerdictStatus.OffTrack),
            "no_data" => (true, VerdictStatus.NoData),
            _ => (false, VerdictStatus.NoData),
        };
        return known;
    }
}
