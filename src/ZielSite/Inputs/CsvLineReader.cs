using System.Text;

namespace ZielSite.Inputs;

/// <summary>
/// Reads a text stream line by line into a reused buffer (no string per line), so that memory does not grow
/// with the file. UTF-8 with or without BOM; LF, CRLF or CR line ends. A line longer than
/// <see cref="MaxLineLength"/> characters is reported as too long (<see cref="LineTooLong"/>) and skipped.
/// </summary>
internal sealed class CsvLineReader : IDisposable
{
    /// <summary>The longest accepted line (64 KB of characters).</summary>
    public const int MaxLineLength = 64 * 1024;

    private readonly StreamReader _reader;
    private readonly char[] _buffer = new char[MaxLineLength + 4096];
    private int _start;
    private int _end;
    private bool _eof;
    private bool _pendingCr;

    public CsvLineReader(Stream stream) =>
        _reader = new StreamReader(stream, new UTF8Encoding(false, false), detectEncodingFromByteOrderMarks: true, bufferSize: 16 * 1024, leaveOpen: true);

    /// <summary>1-based number of the line last returned.</summary>
    public int LineNumber { get; private set; }

    /// <summary>True when the line last returned was cut because it exceeded <see cref="MaxLineLength"/>.</summary>
    public bool LineTooLong { get; private set; }

    /// <summary>The next line without its line end, valid until the next call; false at the end of the stream.</summary>
    public bool TryReadLine(out ReadOnlySpan<char> line)
    {
        LineTooLong = false;
        if (_pendingCr)
        {
            // A CR ended the last line: a directly following LF belongs to the same line end.
            _pendingCr = false;
            if (_start == _end) Fill();
            if (_start < _end && _buffer[_start] == '\n') _start++;
        }
        var scanned = 0;
        while (true)
        {
            var nl = _buffer.AsSpan(_start + scanned, _end - _start - scanned).IndexOfAny('\n', '\r');
            if (nl >= 0)
            {
                var lineEnd = _start + scanned + nl;
                _pendingCr = _buffer[lineEnd] == '\r';
                line = _buffer.AsSpan(_start, lineEnd - _start);
                _start = lineEnd + 1;
                LineNumber++;
                return true;
            }
            scanned = _end - _start;
            if (_eof)
            {
                line = _buffer.AsSpan(_start, scanned);
                _start = _end;
                if (scanned == 0) return false;
                LineNumber++;
                return true;
            }
            if (scanned > MaxLineLength)
            {
                SkipRestOfLine();
                LineTooLong = true;
                line = default;
                LineNumber++;
                return true;
            }
            Fill();
        }
    }

    /// <summary>Moves the unread part to the front of the buffer and reads more behind it.</summary>
    private void Fill()
    {
        if (_start > 0)
        {
            Array.Copy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _start = 0;
        }
        var read = _reader.Read(_buffer, _end, _buffer.Length - _end);
        if (read == 0) _eof = true;
        _end += read;
    }

    /// <summary>Drops characters up to and including the next line end.</summary>
    private void SkipRestOfLine()
    {
        while (true)
        {
            var nl = _buffer.AsSpan(_start, _end - _start).IndexOfAny('\n', '\r');
            if (nl >= 0)
            {
                _pendingCr = _buffer[_start + nl] == '\r';
                _start += nl + 1;
                return;
            }
            _start = _end;
            if (_eof) return;
            Fill();
        }
    }

    public void Dispose() => _reader.Dispose();
}
