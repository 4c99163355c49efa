using ZielSite.Inputs;

namespace ZielSite.Indicators;

/// <summary>
/// Why a value of an <see cref="IndicatorSet"/> is null: the first month of a measure that the formula needs
/// and the data lacks (<see cref="ValueGapKind.MissingMonth"/>), or a denominator that is zero
/// (<see cref="ValueGapKind.ZeroDenominator"/>; <see cref="Month"/> is then the last month of the denominator), or a
/// month withheld for statistical secrecy (<see cref="ValueGapKind.Withheld"/>).
/// </summary>
public readonly record struct ValueGap(ValueGapKind Kind, Measure Measure, YearMonth Month)
{
    private static readonly string[] MonthNames =
        ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"];

    /// <summary>One German sentence for readers, e.g. "Für März 2022 fehlt der Wert „lzb“ in den Daten."</summary>
    public string Describe() => Kind switch
    {
        ValueGapKind.MissingMonth => $"Für {MonthNames[Month.Month - 1]} {Month.Year} fehlt der Wert „{MeasureNames.Name(Measure)}“ in den Daten.",
        ValueGapKind.Withheld => $"Für {MonthNames[Month.Month - 1]} {Month.Year} ist der Wert „{MeasureNames.Name(Measure)}“ nicht verfügbar: {WithheldNote}.",
        _ => $"Der Vergleichswert aus „{MeasureNames.Name(Measure)}“ (bis {MonthNames[Month.Month - 1]} {Month.Year}) ist 0; der Wert ist nicht berechenbar.",
    };

    /// <summary>The statistics offices' note for a withheld cell ("*", "x").</summary>
    public const string WithheldNote = "Wert aus Gründen der Geheimhaltung nicht veröffentlicht";
}

/// <summary>The reason kinds of <see cref="ValueGap"/>.</summary>
public enum ValueGapKind
{
    MissingMonth,
    ZeroDenominator,
    /// <summary>The month's value is withheld for statistical secrecy ("*" or "x" in the data).</summary>
    Withheld,
}
