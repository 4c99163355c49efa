using System.Text;
using System.Text.RegularExpressions;
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

    /// <summary>Any abbreviation as a whole word; a space in one ("SGB II") may be a no-break space or <c>&amp;nbsp;</c>.</summary>
    private static readonly Regex Pattern = new(
        @"(?<![\p{L}\p{N}])(?:" +
        string.Join('|', Abbreviations.All.Select(e => e.Short).OrderByDescending(s => s.Length)
            .Select(s => Regex.Escape(s).Replace(@"\ ", @"(?:[ \u00A0]|&nbsp;|&\#160;)", StringComparison.Ordinal))) +
        @")(?![\p{L}\p{N}])", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>Elements whose text is never marked; the first group's content is raw text (no tags inside).</summary>
    private static readonly HashSet<string> RawText = new(StringComparer.Ordinal) { "script", "style", "textarea", "title" };
    private static readonly HashSet<string> Unmarked = new(StringComparer.Ordinal)
        { "head", "svg", "math", "code", "pre", "kbd", "samp", "option", "select", "abbr" };

    private enum Mode { Text, Tag, Comment, Raw }

    private readonly StringBuilder _out;
    private readonly StringBuilder _text = new();
    private readonly StringBuilder _tag = new();
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
                    if (lt < 0) { _text.Append(span[i..]); return; }
                    _text.Append(span.Slice(i, lt));
                    FlushText();
                    _tag.Clear().Append('<');
                    _mode = Mode.Tag;
                    i += lt + 1;
                    break;
                }
                case Mode.Tag:
                    TagChar(span[i++]);
                    break;
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
            _text.Append(_tag);
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
        var tag = _tag.ToString();
        _tag.Clear();
        _out.Append(tag);
        _mode = Mode.Text;
        var closing = tag.Length > 1 && tag[1] == '/';
        var start = closing ? 2 : 1;
        var end = start;
        while (end < tag.Length && char.IsAsciiLetterOrDigit(tag[end])) end++;
        var name = tag[start..end].ToLowerInvariant();
        if (closing)
        {
            if (Unmarked.Contains(name) && _unmarked > 0)
            {
                _unmarked--;
                if (name == "abbr" && _inAbbr > 0) _inAbbr--;
            }
            return;
        }
        if (RawText.Contains(name))
        {
            _rawEnd = "</" + name;
            _rawMatched = 0;
            _mode = Mode.Raw;
        }
        else if (Unmarked.Contains(name) && !tag.EndsWith("/>", StringComparison.Ordinal))
        {
            _unmarked++;
            if (name == "abbr") _inAbbr++;
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

    private void FlushText()
    {
        if (_text.Length == 0) return;
        var text = _text.ToString();
        _text.Clear();
        if (_unmarked > 0)
        {
            if (_inAbbr > 0)
                foreach (Match m in Pattern.Matches(text)) _used.Add(Key(m.Value));
            _out.Append(text);
            return;
        }
        var at = 0;
        foreach (Match m in Pattern.Matches(text))
        {
            var key = Key(m.Value);
            if (!_used.Add(key)) continue;
            // "Integrationsquote (K2)", "Sozialgesetzbuch (SGB II)": spelt out right here, the usual first use.
            if (m.Index > 0 && text[m.Index - 1] == '(' && m.Index + m.Length < text.Length && text[m.Index + m.Length] == ')') continue;
            _out.Append(text, at, m.Index - at).Append("<abbr title=\"").Append(Titles[key]).Append("\">").Append(m.Value).Append("</abbr>");
            at = m.Index + m.Length;
        }
        _out.Append(text, at, text.Length - at);
    }

    private static string Key(string match) =>
        match.Replace("&nbsp;", " ", StringComparison.Ordinal).Replace("&#160;", " ", StringComparison.Ordinal).Replace('\u00A0', ' ');

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
