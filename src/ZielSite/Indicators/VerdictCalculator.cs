using ZielSite.Agreements;

namespace ZielSite.Indicators;

/// <summary>Judges a target against the values at a month: met/missed at month 12, on/off track before, no data when a value is missing.</summary>
public static class VerdictCalculator
{
    /// <summary>
    /// The actual value is <c>values[ValueKeys.ActualFor(target.Key)]</c>. With <paramref name="rounded"/> it is
    /// rounded to one decimal (midpoints away from zero, as displayed) before the comparison, so that the verdict
    /// agrees with the figure a reader sees; otherwise the unrounded value is compared. <c>&gt;=</c> and
    /// <c>&lt;=</c> include the threshold. A null actual gives <see cref="VerdictStatus.NoData"/> with a German
    /// <see cref="Verdict.Reason"/> naming the missing month and measure, or the measure the data format lacks.
    /// </summary>
    /// <param name="rounded">Compare on values rounded to one decimal (the default) or unrounded.</param>
    /// <param name="projection">
    /// The year-end projection of an in-year result (<see cref="ResultCalculator"/>): a <see cref="TargetKinds.Level"/>
    /// target is judged on the year's level, so before December on the projected year-end value of its key (its
    /// year-to-date value at month 12). A change target needs none: its year-to-date change is its projected change.
    /// </param>
    public static Verdict Judge(Target target, IndicatorSet values, bool rounded = true, IReadOnlyDictionary<string, double?>? projection = null)
    {
        if (target.IsLevel) return JudgeLevel(target, values, rounded, projection);
        var key = ValueKeys.ActualFor(target.Key);
        if (key is null)
        {
            var missing = ValueKeys.MissingMeasureFor(target.Key);
            var reason = missing is null
                ? $"Unbekannte Kennzahl „{target.Key}“."
                : $"Nicht berechenbar: Die Daten enthalten keine Angaben zu {GermanPart(missing)}.";
            return new Verdict(target, null, null, VerdictStatus.NoData, values.Month, reason);
        }
        var actual = values[key];
        if (actual is not { } a)
            return new Verdict(target, null, null, VerdictStatus.NoData, values.Month,
                values.MissingReason(key) ?? $"Für den Wert „{key}“ fehlen Daten.");
        return Compare(target, a, values.Month, rounded);
    }

    /// <summary>A level target: the level of its key at December, else the projected year-end level.</summary>
    private static Verdict JudgeLevel(Target target, IndicatorSet values, bool rounded, IReadOnlyDictionary<string, double?>? projection)
    {
        var key = ValueKeys.LevelFor(target.Key);
        if (key is null)
            return new Verdict(target, null, null, VerdictStatus.NoData, values.Month, $"Unbekannte Kennzahl „{target.Key}“.");
        if (values.Month == 12)
            return values[key] is { } a
                ? Compare(target, a, 12, rounded)
                : new Verdict(target, null, null, VerdictStatus.NoData, 12, values.MissingReason(key) ?? $"Für den Wert „{key}“ fehlen Daten.");
        if (projection is not null && projection.TryGetValue(key, out var p) && p is { } projected)
            return Compare(target, projected, values.Month, rounded);
        return new Verdict(target, null, null, VerdictStatus.NoData, values.Month,
            "Der Jahreswert kann noch nicht hochgerechnet werden: Es fehlen Werte des Vorjahres.");
    }

    private static Verdict Compare(Target target, double a, int month, bool rounded)
    {
        var compared = rounded ? Math.Round(a, 1, MidpointRounding.AwayFromZero) : a;
        var ok = target.Operator switch
        {
            ">=" => compared >= target.Value,
            "<=" => compared <= target.Value,
            _ => throw new ArgumentException($"Unknown operator '{target.Operator}' (expected >= or <=).", nameof(target)),
        };
        var final = month == 12;
        var status = (ok, final) switch
        {
            (true, true) => VerdictStatus.Met,
            (false, true) => VerdictStatus.Missed,
            (true, false) => VerdictStatus.OnTrack,
            (false, false) => VerdictStatus.OffTrack,
        };
        return new Verdict(target, a, compared, status, month);
    }

    /// <summary>The German name before the English remark in parentheses of <see cref="ValueKeys.MissingMeasureFor"/>.</summary>
    private static string GermanPart(string missing)
    {
        var paren = missing.IndexOf(" (", StringComparison.Ordinal);
        return paren < 0 ? missing : missing[..paren];
    }
}
