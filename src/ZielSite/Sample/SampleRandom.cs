namespace ZielSite.Sample;

/// <summary>
/// SplitMix64, a small fixed pseudo-random generator (System.Random's algorithm may change between runtimes).
/// Only additions, multiplications and shifts: the same state gives the same numbers on every platform.
/// A mutable struct: keep it in a local variable and pass it by <c>ref</c>.
/// </summary>
internal struct SampleRandom
{
    private ulong _state;

    private SampleRandom(ulong state) => _state = state;

    /// <summary>An independent stream for one purpose: <paramref name="parts"/> are e.g. seed, region index, year, purpose.</summary>
    public static SampleRandom For(params ReadOnlySpan<long> parts)
    {
        ulong h = 0x6A09E667F3BCC909UL;
        foreach (var p in parts) h = Mix(h ^ (ulong)p) + 0x9E3779B97F4A7C15UL;
        return new SampleRandom(h);
    }

    public ulong NextUInt64()
    {
        _state += 0x9E3779B97F4A7C15UL;
        return Mix(_state);
    }

    /// <summary>Uniform in [0, 1), 53 bits.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Uniform in [<paramref name="min"/>, <paramref name="max"/>).</summary>
    public double Uniform(double min, double max) => min + (max - min) * NextDouble();

    /// <summary>Uniform integer in [0, <paramref name="count"/>).</summary>
    public int Next(int count) => (int)((NextUInt64() >> 33) % (ulong)count);

    /// <summary>True with probability <paramref name="p"/>.</summary>
    public bool Chance(double p) => NextDouble() < p;

    /// <summary>Approximately standard normal (Irwin–Hall sum of 12 uniforms): no transcendental functions, so identical everywhere.</summary>
    public double Normal()
    {
        var s = 0.0;
        for (var i = 0; i < 12; i++) s += NextDouble();
        return s - 6.0;
    }

    /// <summary>One element of <paramref name="items"/>.</summary>
    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
