using System.Buffers;
using System.Text;
using ZielSite.Wording;

namespace ZielSite.Templates;

/// <summary>
/// Marks the first use of each abbreviation of <see cref="Abbreviations"/> on a page as
/// <c>&lt;abbr title="zugelassene kommunale Träger …"&gt;zkT&lt;/abbr&gt;</c>, in document order, whatever wrote it
/// (a template, a view, a Markdown page, <c>total_name</c> from zielsite.json). Only text between tags is read; never
/// attributes, comments, <c>head</c>, <c>script</c>, <c>style</c>, <c>textarea</c>, <c>svg</c>, <c>code</c>,
/// <c>pre</c>, <c>option</c> (where an element cannot stand) or an <c>abbr</c> the page has itself (whose abbreviation
/// then counts as used). An abbreviation in parentheses after words ("Integrationsquote (K2)") is spelt out where it
/// stands and counts as used unmarked. The page is well-formed HTML the renderer made: text is escaped, so a "&lt;" in text starts a tag.
/// </summary>
internal sealed class AbbreviationMarker
{
    private static readonly Dictionary<string, string> Titles =
        Abbreviations.All.ToDictionary(e => e.Short, e => Html.Escape(e.Long), StringComparer.Ordinal);

    /// <summary>
    /// Each short form split at its space ("SGB", "II"), longest first so that "K2E3" is tried before "K2" and "SGB III"
    /// before "SGB II"; in a page the space may be a no-break space or <c>&amp;nbsp;</c>.
    /// </summary>
    private static readonly (string First, string? Second, string Key)[] Forms = Abbreviations.All
        .Select(e => e.Short.Split(' ', 2) is var p ? (p[0], p.Length > 1 ? p[1] : null, e.Short) : default)
        .OrderByDescending(f => f.Item1.Length).ThenByDescending(f => f.Item2?.Length ?? 0)
        .ToArray();

    private static readonly string[] Spaces = [" ", "\u00A0", "&nbsp;", "&#160;"];

    /// <summary>The first letters of the short forms: most text holds none at a word's start, and is copied as it is.</summary>
    private static readonly SearchValues<char> Candidates = SearchValues.Create(
        string.Concat(Abbreviations.All.Select(e => e.Short[0]).Distinct().Order()));

    /// <summary>Elements whose content is raw text (no tags inside), never marked.</summary>
    private static bool IsRawText(ReadOnlySpan<char> name) => name is "script" or "style" or "textarea" or "title";

    /// <summary>Elements whose text is never marked (an abbr of the page's own counts as a use).</summary>
    private static bool IsUnmarked(ReadOnlySpan<char> name) =>
        name is "head" or "svg" or "math" or "code" or "pre" or "kbd" or "samp" or "option" or "select" or "abbr";

    private enum Mode { Text, Tag, Comment, Raw }

    private static readonly SearchValues<char> TagStops = SearchValues.Create("\"'>");

    private readonly StringBuilder _out;
    private char[] _text = new char[4096];
    private int _textLength;
    private readonly StringBuilder _tag = new(256);
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);
    private Mode _mode = Mode.Text;
    private char _quote;
    private int _dashes;
    private string _rawEnd = "";
    private int _rawMatched;
    private int _unmarked;
    private int _inAbbr;

    private AbbreviationMarker(StringBuilder output) => _out = output;

    /// <summary>The page with the first use of each abbreviation marked (a new builder; <paramref name="page"/> is not changed).</summary>
    public static StringBuilder Mark(StringBuilder page)
    {
        var marker = new AbbreviationMarker(new StringBuilder(8000));
        foreach (var chunk in page.GetChunks()) marker.Feed(chunk.Span);
        marker.End();
        return marker._out;
    }

    /// <summary>The same for a page held as one string (tests).</summary>
    public static string Mark(string page) => Mark(new StringBuilder(page)).ToString();

    private void Feed(ReadOnlySpan<char> span)
    {
        var i = 0;
        while (i < span.Length)
        {
            switch (_mode)
            {
                case Mode.Text:
                {
                    var lt = span[i..].IndexOf('<');
                    if (lt < 0) { AppendText(span[i..]); return; }
                    AppendText(span.Slice(i, lt));
                    FlushText();
                    _tag.Clear().Append('<');
                    _mode = Mode.Tag;
                    i += lt + 1;
                    break;
                }
                case Mode.Tag:
                {
                    if (_tag.Length < 4) { TagChar(span[i++]); break; }
                    // The rest of a tag in one piece: up to its closing quote, or to the next quote or ">".
                    var rest = span[i..];
                    var end = _quote != 0 ? rest.IndexOf(_quote) : rest.IndexOfAny(TagStops);
                    if (end < 0) { _tag.Append(rest); return; }
                    _tag.Append(rest[..(end + 1)]);
                    i += end + 1;
                    var c = rest[end];
                    if (_quote != 0) _quote = '\0';
                    else if (c == '>') TagDone();
                    else _quote = c;
                    break;
                }
                case Mode.Comment:
                {
                    var c = span[i++];
                    _out.Append(c);
                    if (c == '>' && _dashes >= 2) _mode = Mode.Text;
                    _dashes = c == '-' ? _dashes + 1 : 0;
                    break;
                }
                case Mode.Raw:
                {
                    if (_rawMatched == 0)
                    {
                        var lt = span[i..].IndexOf('<');
                        if (lt < 0) { _out.Append(span[i..]); return; }
                        _out.Append(span.Slice(i, lt));
                        i += lt;
                    }
                    RawChar(span[i++]);
                    break;
                }
            }
        }
    }

    private void TagChar(char c)
    {
        _tag.Append(c);
        if (_tag.Length == 2 && !(char.IsAsciiLetter(c) || c is '/' or '!'))
        {
            // Not a tag ("<" followed by a space or digit): text after all.
            AppendText([_tag[0], _tag[1]]);
            _tag.Clear();
            _mode = Mode.Text;
            return;
        }
        if (_tag.Length == 4 && _tag.Equals("<!--".AsSpan()))
        {
            _out.Append(_tag);
            _tag.Clear();
            _dashes = 0;
            _mode = Mode.Comment;
            return;
        }
        if (_quote != 0)
        {
            if (c == _quote) _quote = '\0';
            return;
        }
        if (c is '"' or '\'') _quote = c;
        else if (c == '>') TagDone();
    }

    private void TagDone()
    {
        _out.Append(_tag);
        _mode = Mode.Text;
        var closing = _tag.Length > 1 && _tag[1] == '/';
        var start = closing ? 2 : 1;
        Span<char> buffer = stackalloc char[10];
        var length = 0;
        for (var i = start; i < _tag.Length && char.IsAsciiLetterOrDigit(_tag[i]); i++)
        {
            if (length == buffer.Length) { length = 0; break; } // longer than any name below
            buffer[length++] = char.ToLowerInvariant(_tag[i]);
        }
        var name = buffer[..length];
        var selfClosing = _tag.Length > 2 && _tag[^2] == '/';
        _tag.Clear();
        if (closing)
        {
            if (IsUnmarked(name) && _unmarked > 0)
            {
                _unmarked--;
                if (name is "abbr" && _inAbbr > 0) _inAbbr--;
            }
            return;
        }
        if (IsRawText(name))
        {
            _rawEnd = "</" + name.ToString();
            _rawMatched = 0;
            _mode = Mode.Raw;
        }
        else if (IsUnmarked(name) && !selfClosing)
        {
            _unmarked++;
            if (name is "abbr") _inAbbr++;
        }
    }

    /// <summary>Raw text (a script's JSON) until its end tag, which then is read as a tag.</summary>
    private void RawChar(char c)
    {
        if (char.ToLowerInvariant(c) == _rawEnd[_rawMatched])
        {
            _rawMatched++;
            if (_rawMatched < _rawEnd.Length) return;
            _tag.Clear().Append(_rawEnd);
            _rawMatched = 0;
            _mode = Mode.Tag;
            return;
        }
        _out.Append(_rawEnd.AsSpan(0, _rawMatched));
        _rawMatched = c == '<' ? 1 : 0;
        if (_rawMatched == 0) _out.Append(c);
    }

    private void AppendText(ReadOnlySpan<char> text)
    {
        if (_textLength + text.Length > _text.Length) Array.Resize(ref _text, Math.Max(_text.Length * 2, _textLength + text.Length));
        text.CopyTo(_text.AsSpan(_textLength));
        _textLength += text.Length;
    }

    private void FlushText()
    {
        if (_textLength == 0) return;
        var text = _text.AsSpan(0, _textLength);
        _textLength = 0;
        if (_unmarked > 0 && _inAbbr == 0) { _out.Append(text); return; }
        var at = 0;
        var from = 0;
        while (from < text.Length)
        {
            var found = text[from..].IndexOfAny(Candidates);
            if (found < 0) break;
            var p = from + found;
            if (Match(text, p) is not var (key, length))
            {
                from = p + 1;
                continue;
            }
            from = p + length;
            if (!_used.Add(key) || _unmarked > 0) continue;
            // "Integrationsquote (K2)", "Sozialgesetzbuch (SGB II)": spelt out right here, the usual first use.
            if (p > 0 && text[p - 1] == '(' && from < text.Length && text[from] == ')') continue;
            _out.Append(text[at..p]).Append("<abbr title=\"").Append(Titles[key]).Append("\">").Append(text[p..from]).Append("</abbr>");
            at = from;
        }
        _out.Append(text[at..]);
    }

    /// <summary>The abbreviation that stands as a whole word at <paramref name="p"/>, with its length in the text; null if none.</summary>
    private static (string Key, int Length)? Match(ReadOnlySpan<char> text, int p)
    {
        if (p > 0 && char.IsLetterOrDigit(text[p - 1])) return null;
        foreach (var (first, rest, key) in Forms)
        {
            if (!text[p..].StartsWith(first, StringComparison.Ordinal)) continue;
            var end = p + first.Length;
            if (rest is not null)
            {
                var space = -1;
                for (var i = 0; i < Spaces.Length && space < 0; i++)
                    if (text[end..].StartsWith(Spaces[i], StringComparison.Ordinal)) space = i;
                if (space < 0 || !text[(end + Spaces[space].Length)..].StartsWith(rest, StringComparison.Ordinal)) continue;
                end += Spaces[space].Length + rest.Length;
            }
            if (end < text.Length && char.IsLetterOrDigit(text[end])) continue;
            return (key, end - p);
        }
        return null;
    }

    private void End()
    {
        switch (_mode)
        {
            case Mode.Text: FlushText(); break;
            case Mode.Tag: _out.Append(_tag); break;
            case Mode.Raw: _out.Append(_rawEnd.AsSpan(0, _rawMatched)); break;
        }
    }
}
