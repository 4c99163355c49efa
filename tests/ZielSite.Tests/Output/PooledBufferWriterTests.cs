using ZielSite.Output;

namespace ZielSite.Tests.Output;

public sealed class PooledBufferWriterTests
{
    [Fact]
    public void GrowsPastItsFirstArrayAndKeepsEveryByteInOrder()
    {
        using var writer = new PooledBufferWriter(256);
        var expected = new List<byte>();
        // Chunks of 1..997 bytes, 300 of them (about 150 KB): the 256-byte start must grow several times.
        for (var i = 0; i < 300; i++)
        {
            var size = i * 331 % 997 + 1;
            var span = writer.GetSpan(size);
            Assert.True(span.Length >= size);
            for (var j = 0; j < size; j++) span[j] = (byte)(i + j);
            writer.Advance(size);
            for (var j = 0; j < size; j++) expected.Add((byte)(i + j));
        }
        Assert.Equal(expected.ToArray(), writer.WrittenSpan.ToArray());
        Assert.Equal(expected.Count, writer.WrittenMemory.Length);
    }

    [Fact]
    public void GivesRoomWithoutAHintAndRefusesToAdvancePastTheEnd()
    {
        using var writer = new PooledBufferWriter(256);
        var room = writer.GetSpan().Length;
        Assert.NotEqual(0, room);
        Assert.Throws<InvalidOperationException>(() => writer.Advance(room + 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => writer.Advance(-1));
    }

    [Fact]
    public void IsEmptyAfterDisposeAndMayBeDisposedTwice()
    {
        var writer = new PooledBufferWriter(256);
        writer.GetSpan(10)[0] = 42;
        writer.Advance(10);
        writer.Dispose();
        Assert.Equal(0, writer.WrittenSpan.Length);
        writer.Dispose();
    }
}
