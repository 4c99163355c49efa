using System.Globalization;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;

namespace ZielSite.Caching;

/// <summary>
/// SHA-256 over a sequence of fields, each written with its length (so "ab"+"c" and "a"+"bc" differ). The one way
/// the cache turns what an output depends on into a key.
/// </summary>
internal sealed class FingerprintHasher : IDisposable
{
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

    public FingerprintHasher Add(string? value)
    {
        if (value is null) return Add(-1);
        Add(Encoding.UTF8.GetByteCount(value));
        _hash.AppendData(Encoding.UTF8.GetBytes(value));
        return this;
    }

    public FingerprintHasher Add(int value)
    {
        Span<byte> bytes = stackalloc byte[4];
        BitConverter.TryWriteBytes(bytes, value);
        _hash.AppendData(bytes);
        return this;
    }

    public FingerprintHasher Add(bool value) => Add(value ? 1 : 0);

    public FingerprintHasher Add(ReadOnlySpan<double> values)
    {
        Add(values.Length);
        _hash.AppendData(MemoryMarshal.AsBytes(values));
        return this;
    }

    public FingerprintHasher Add(DateTimeOffset? value) =>
        Add(value?.ToString("O", CultureInfo.InvariantCulture));

    /// <summary>The hash as 64 lower-case hex digits.</summary>
    public string Finish() => Convert.ToHexStringLower(_hash.GetHashAndReset());

    public void Dispose() => _hash.Dispose();

    /// <summary>The fingerprint of a few strings.</summary>
    public static string Of(params ReadOnlySpan<string?> fields)
    {
        using var h = new FingerprintHasher();
        foreach (var f in fields) h.Add(f);
        return h.Finish();
    }
}
