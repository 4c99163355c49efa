using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using ZielSite.Agreements;
using ZielSite.Inputs;

namespace ZielSite.Caching;

/// <summary>
/// Parsed agreements of earlier builds (<c>agreements.bin</c> in the cache folder), keyed by the tool, the file's
/// path and content hash, its correction's path and hash, and <c>data/regions.csv</c> (the parser matches region
/// names): an unchanged agreement is not parsed again. Stored as System.Text.Json of the whole <see cref="Agreement"/>
/// (every public member, so a member added later is cached too). A damaged or foreign file is an empty cache.
/// </summary>
public sealed class AgreementCache : IAgreementReuse
{
    private const string Magic = "zielsite-agreements-2";

    /// <summary>Source-generated (no reflection at run time), text unescaped (the bytes are never shown to a browser).</summary>
    internal static readonly JsonSerializerOptions Json = new()
    {
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        WriteIndented = false,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        TypeInfoResolver = AgreementJsonContext.Default,
    };

    private readonly string _file;
    private readonly Dictionary<string, byte[]> _stored;
    private readonly ConcurrentDictionary<string, byte[]> _used = new(StringComparer.Ordinal);
    private int _hits;

    private AgreementCache(string file, Dictionary<string, byte[]> stored)
    {
        _file = file;
        _stored = stored;
    }

    /// <summary>Agreements taken from the cache in this build.</summary>
    public int Hits => _hits;

    public static AgreementCache Open(string dir) => new(Path.Combine(dir, "agreements.bin"), Read(Path.Combine(dir, "agreements.bin")));

    /// <summary>The key of an agreement source: everything its parse depends on.</summary>
    public static string KeyOf(AgreementSource s, ProjectInputs inputs) => FingerprintHasher.Of(
        "agreement-1", Fingerprints.ToolIdentity, s.File, inputs.InputHashes.GetValueOrDefault(s.File) ?? Sha(s.Text),
        s.CorrectionFile, s.CorrectionText is null ? null : Sha(s.CorrectionText),
        inputs.InputHashes.GetValueOrDefault("data/regions.csv"), inputs.Regions.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private static string Sha(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>Parses <paramref name="source"/> with <paramref name="parse"/> unless the cache has it (thread-safe).</summary>
    public Agreement Parse(AgreementSource source, ProjectInputs inputs, Func<AgreementSource, Agreement> parse)
    {
        var key = KeyOf(source, inputs);
        if (_stored.TryGetValue(key, out var bytes) && Read(bytes) is { } cached)
        {
            _used[key] = bytes;
            Interlocked.Increment(ref _hits);
            return cached;
        }
        var agreement = parse(source);
        _used[key] = Write(agreement);
        return agreement;
    }

    /// <summary>
    /// An agreement as stored: the length of the rest, the agreement without its text blocks (JSON), then the blocks
    /// (JSON). The blocks are four fifths of the bytes and are read only by the page of a region that is rendered
    /// again, so they are deserialized on first use (<see cref="LazyBlocks"/>).
    /// </summary>
    private static byte[] Write(Agreement agreement)
    {
        var main = JsonSerializer.SerializeToUtf8Bytes(agreement with { Blocks = [] }, Json);
        var blocks = JsonSerializer.SerializeToUtf8Bytes(agreement.Blocks.ToList(), AgreementJsonContext.Default.ListTextBlock);
        var bytes = new byte[4 + main.Length + blocks.Length];
        BitConverter.TryWriteBytes(bytes.AsSpan(0, 4), main.Length);
        main.CopyTo(bytes, 4);
        blocks.CopyTo(bytes, 4 + main.Length);
        return bytes;
    }

    /// <summary>The agreement stored by <see cref="Write"/>; null where the bytes are damaged.</summary>
    private static Agreement? Read(byte[] bytes)
    {
        try
        {
            if (bytes.Length < 4) return null;
            var length = BitConverter.ToInt32(bytes, 0);
            if (length < 0 || length > bytes.Length - 4) return null;
            if (JsonSerializer.Deserialize<Agreement>(bytes.AsSpan(4, length), Json) is not { } main) return null;
            return main with { Blocks = new LazyBlocks(bytes.AsMemory(4 + length)) };
        }
        catch (JsonException) { return null; }
        catch (NotSupportedException) { return null; }
    }

    /// <summary>Writes the agreements used by this build (and no other) atomically; false on I/O failure.</summary>
    public bool Save()
    {
        if (_hits == _stored.Count && _used.Count == _hits) return true; // unchanged: nothing to write
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(_file)!);
            // Streamed into the temporary file with the checksum computed on the way (no 47 MB buffer at
            // Germany scale, no copies of it), then renamed over the old file.
            var temp = _file + ".tmp-" + Environment.ProcessId;
            using (var file = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
            using (var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256))
            {
                using (var hashing = new HashingWriteStream(file, hash))
                using (var w = new BinaryWriter(hashing, Encoding.UTF8, leaveOpen: true))
                {
                    w.Write(Magic);
                    w.Write(Fingerprints.ToolIdentity);
                    var list = _used.OrderBy(p => p.Key, StringComparer.Ordinal).ToList();
                    w.Write(list.Count);
                    foreach (var (key, bytes) in list)
                    {
                        w.Write(key);
                        w.Write(bytes.Length);
                        w.Write(bytes);
                    }
                }
                file.Write(hash.GetHashAndReset());
            }
            File.Move(temp, _file, overwrite: true);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static Dictionary<string, byte[]> Read(string file)
    {
        try
        {
            if (!File.Exists(file)) return [];
            var bytes = File.ReadAllBytes(file);
            if (bytes.Length < 32 || !SHA256.HashData(bytes.AsSpan(0, bytes.Length - 32)).AsSpan().SequenceEqual(bytes.AsSpan(bytes.Length - 32))) return [];
            using var r = new BinaryReader(new MemoryStream(bytes, 0, bytes.Length - 32), Encoding.UTF8);
            if (r.ReadString() != Magic || r.ReadString() != Fingerprints.ToolIdentity) return [];
            var count = r.ReadInt32();
            var result = new Dictionary<string, byte[]>(count, StringComparer.Ordinal);
            for (var i = 0; i < count; i++)
            {
                var key = r.ReadString();
                result[key] = r.ReadBytes(r.ReadInt32());
            }
            return result;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or EndOfStreamException or FormatException or ArgumentException or OverflowException)
        {
            return [];
        }
    }

    /// <summary>Passes writes through to a file and into a running hash.</summary>
    private sealed class HashingWriteStream(Stream inner, IncrementalHash hash) : Stream
    {
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() => inner.Flush();
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            hash.AppendData(buffer);
            inner.Write(buffer);
        }
    }

    /// <summary>
    /// The text blocks of a cached agreement, deserialized on first use (thread-safe). Bytes that no longer
    /// deserialize (checked by the file's checksum, so only a bug) throw <see cref="InvalidDataException"/>.
    /// </summary>
    private sealed class LazyBlocks(ReadOnlyMemory<byte> json) : IReadOnlyList<TextBlock>
    {
        private readonly Lazy<List<TextBlock>> _blocks = new(() =>
            JsonSerializer.Deserialize(json.Span, AgreementJsonContext.Default.ListTextBlock)
            ?? throw new InvalidDataException("the cached text blocks of an agreement are damaged"));

        public TextBlock this[int index] => _blocks.Value[index];

        public int Count => _blocks.Value.Count;

        public IEnumerator<TextBlock> GetEnumerator() => _blocks.Value.GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
