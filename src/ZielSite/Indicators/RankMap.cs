using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace ZielSite.Indicators;

/// <summary>
/// Ranks per value key in one array over <see cref="ValueKeys.All"/> (0 = not ranked, and then the key is
/// absent from the dictionary). Enumerates in the order of <see cref="ValueKeys.All"/>.
/// </summary>
internal sealed class RankMap(int[] ranks) : IReadOnlyDictionary<string, int>
{
    public int this[string key] => TryGetValue(key, out var r) ? r : throw new KeyNotFoundException($"No rank for '{key}'.");

    public IEnumerable<string> Keys => this.Select(p => p.Key);

    public IEnumerable<int> Values => this.Select(p => p.Value);

    public int Count => ranks.Count(r => r > 0);

    public bool ContainsKey(string key) => TryGetValue(key, out _);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out int value)
    {
        value = ValueMap.Index.TryGetValue(key, out var i) ? ranks[i] : 0;
        return value > 0;
    }

    public IEnumerator<KeyValuePair<string, int>> GetEnumerator()
    {
        for (var i = 0; i < ranks.Length; i++)
            if (ranks[i] > 0) yield return new(ValueKeys.All[i], ranks[i]);
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
