using System.Collections;
using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;

namespace ZielSite.Indicators;

/// <summary>
/// The values of one <see cref="IndicatorSet"/> as a read-only dictionary over <see cref="ValueKeys.All"/>,
/// stored in one array with NaN for null (an IndicatorSet is made 50,000 times for a large project, and all
/// are kept). Enumerates in the order of <see cref="ValueKeys.All"/>, every key present (null where not computable).
/// </summary>
internal sealed class ValueMap(double[] values) : IReadOnlyDictionary<string, double?>
{
    /// <summary>Position of each key in <see cref="ValueKeys.All"/>.</summary>
    public static readonly FrozenDictionary<string, int> Index =
        ValueKeys.All.Select((k, i) => (k, i)).ToFrozenDictionary(p => p.k, p => p.i, StringComparer.Ordinal);

    public double? this[string key] => At(Index[key]);

    public IEnumerable<string> Keys => ValueKeys.All;

    public IEnumerable<double?> Values => values.Select((_, i) => At(i));

    public int Count => values.Length;

    /// <summary>The value at position <paramref name="i"/> of <see cref="ValueKeys.All"/>.</summary>
    public double? At(int i) => double.IsNaN(values[i]) ? null : values[i];

    public bool ContainsKey(string key) => Index.ContainsKey(key);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out double? value)
    {
        if (Index.TryGetValue(key, out var i)) { value = At(i); return true; }
        value = null;
        return false;
    }

    public IEnumerator<KeyValuePair<string, double?>> GetEnumerator()
    {
        for (var i = 0; i < values.Length; i++) yield return new(ValueKeys.All[i], At(i));
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
