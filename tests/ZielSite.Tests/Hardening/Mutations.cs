using System.Text;

namespace ZielSite.Tests.Hardening;

/// <summary>Deterministic random edits of a file's bytes (the caller owns the seeded <see cref="Random"/>).</summary>
internal static class Mutations
{
    private static readonly string[] Junk = ["\0", "\uFFFD", "€", "ß", "\u200B", "\u202E", "𝟘", ";;", "\"", "\r", "\n\n", "%", "-", "1e309", "NaN", "<script>", "{{ x }}", "Prozent", "K 3 =", "um mindestens"];

    /// <summary>One mutation of an agreement: byte flips, truncation, inserted junk, shuffled lines, random Unicode.</summary>
    public static (string Kind, byte[] Bytes) Mutate(byte[] seed, Random random, int i) => (i % 6) switch
    {
        0 => ("flip", Flip(seed, random, 1 + random.Next(20))),
        1 => ("truncate", seed[..random.Next(seed.Length)]),
        2 => ("insert", Insert(seed, random, 1 + random.Next(8))),
        3 => ("shuffle", ShuffleLines(seed, random)),
        4 => ("unicode", Unicode(seed, random)),
        _ => ("delete", Delete(seed, random, 1 + random.Next(30))),
    };

    /// <summary>One mutation of a CSV file: byte edits, truncation, dropped columns, swapped delimiters, junk.</summary>
    public static (string Kind, byte[] Bytes) MutateCsv(byte[] csv, Random random, int i) => (i % 6) switch
    {
        0 => ("flip", Flip(csv, random, 1 + random.Next(5))),
        1 => ("truncate", csv[..random.Next(csv.Length)]),
        2 => ("drop-column", DropColumn(csv, random)),
        3 => ("swap-delimiter", Swap(csv, random)),
        4 => ("insert", Insert(csv, random, 1 + random.Next(3))),
        _ => ("delete", Delete(csv, random, 1 + random.Next(5))),
    };

    private static byte[] Flip(byte[] b, Random r, int n)
    {
        var c = (byte[])b.Clone();
        for (var k = 0; k < n; k++) c[r.Next(c.Length)] = (byte)r.Next(256);
        return c;
    }

    private static byte[] Insert(byte[] b, Random r, int n)
    {
        var list = b.ToList();
        for (var k = 0; k < n; k++) list.InsertRange(r.Next(list.Count + 1), Encoding.UTF8.GetBytes(Junk[r.Next(Junk.Length)]));
        return [.. list];
    }

    private static byte[] Delete(byte[] b, Random r, int n)
    {
        var list = b.ToList();
        for (var k = 0; k < n && list.Count > 0; k++) list.RemoveAt(r.Next(list.Count));
        return [.. list];
    }

    private static byte[] ShuffleLines(byte[] b, Random r)
    {
        var lines = Encoding.UTF8.GetString(b).Split('\n');
        r.Shuffle(lines);
        return Encoding.UTF8.GetBytes(string.Join('\n', lines));
    }

    private static byte[] Unicode(byte[] b, Random r)
    {
        var text = new StringBuilder(Encoding.UTF8.GetString(b));
        for (var k = 0; k < 10; k++)
        {
            var c = r.Next(0x20, 0x3000);
            if (c is >= 0xD800 and <= 0xDFFF) continue;
            text.Insert(r.Next(text.Length + 1), (char)c);
        }
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static byte[] DropColumn(byte[] b, Random r)
    {
        var column = r.Next(4);
        var lines = Encoding.UTF8.GetString(b).Split('\n')
            .Select(l => { var f = l.Split(';').ToList(); if (f.Count > column && r.Next(3) == 0) f.RemoveAt(column); return string.Join(';', f); });
        return Encoding.UTF8.GetBytes(string.Join('\n', lines));
    }

    private static byte[] Swap(byte[] b, Random r)
    {
        var to = ",\t|"[r.Next(3)];
        var text = Encoding.UTF8.GetString(b);
        var all = r.Next(2) == 0;
        var sb = new StringBuilder(text.Length);
        foreach (var ch in text) sb.Append(ch == ';' && (all || r.Next(50) == 0) ? to : ch);
        return Encoding.UTF8.GetBytes(sb.ToString());
    }
}
