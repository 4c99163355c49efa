namespace ZielSite.Narrative;

/// <summary>
/// A judged target as the narrative template sees it. <see cref="Status"/> is the JSON name (met, missed,
/// on_track, off_track, no_data); <see cref="Actual"/> is null where the value could not be computed.
/// <see cref="Kind"/> is "change" or "level"; <see cref="Threshold"/> and <see cref="ActualText"/> are the
/// threshold and the value the verdict compared as the site writes them ("mindestens 612 Integrationen", "598").
/// </summary>
internal sealed record NarrativeTarget(
    string Key, string Label, string Operator, double Value, string Unit, double? Actual, string Status, string VerdictText, string? Reason,
    string Kind = "change", string Threshold = "", string? ActualText = null)
{
    /// <summary>The target as the cards write it after "Ziel:": "nicht sinken", "mindestens +12,6 %".</summary>
    public string TargetText { get; init; } = Threshold;

    /// <summary>"sinken" (a target of ≥ 0), "steigen" (≤ 0), null for any other target: "soll nicht sinken".</summary>
    public string? ZeroVerb { get; init; }

    /// <summary>The verdict's word without the Stand month: "erreicht", "nicht auf Kurs".</summary>
    public string Word { get; init; } = "";

    /// <summary>Met or on track.</summary>
    public bool Positive { get; init; }

    /// <summary>The indicator as a sentence's subject, without code: "die Integrationsquote".</summary>
    public string Subject { get; init; } = "";

    /// <summary>"bei der Integrationsquote", "beim Bestand an Langzeitleistungsbeziehenden".</summary>
    public string Bei { get; init; } = "";

    /// <summary>The pronoun of <see cref="Subject"/>: "sie" or "er".</summary>
    public string Pronoun { get; init; } = "sie";

    /// <summary>By how much the target is missed, in words, as the cards' distance without sign: "2,0 Prozentpunkte"; null without a value.</summary>
    public string? DistanceText { get; init; }

    /// <summary>
    /// For a level target before December, judged on the projected year: the year-to-date level it was projected from
    /// ("7,8 %"); null otherwise (then <see cref="ActualText"/> is the year's own value).
    /// </summary>
    public string? YearToDateText { get; init; }

    /// <summary><see cref="Reason"/> without its closing full stop, for a clause.</summary>
    public string? ReasonText => Reason?.TrimEnd().TrimEnd('.');
}
