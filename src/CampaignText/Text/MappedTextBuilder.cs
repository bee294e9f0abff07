using System.Text;

namespace CampaignText.Text;

/// <summary>
/// Appends pieces of text taken from a source string and keeps an <see cref="OffsetMap"/> from the built
/// text back to the source. Pieces must be appended in source order.
/// </summary>
internal sealed class MappedTextBuilder
{
    private readonly string _source;
    private readonly StringBuilder _text = new();
    private readonly OffsetMap.Builder _map = new();
    private int _sourcePos;

    public MappedTextBuilder(string source) => _source = source;

    /// <summary>Length of the text built so far.</summary>
    public int Length => _text.Length;

    /// <summary>The last character appended, or '\0'.</summary>
    public char Last => _text.Length > 0 ? _text[^1] : '\0';

    /// <summary>
    /// Appends <paramref name="content"/> found in the source range [<paramref name="from"/>, <paramref name="to"/>):
    /// where the content occurs there verbatim each character maps to its own source character, otherwise all
    /// of it maps to the whole range.
    /// </summary>
    public void AppendFromSource(string content, int from, int to)
    {
        if (content.Length == 0)
        {
            return;
        }

        (from, to) = Clamp(from, to);
        int k = to - from >= content.Length ? _source.AsSpan(from, to - from).IndexOf(content.AsSpan(), StringComparison.Ordinal) : -1;
        if (k >= 0)
        {
            _text.Append(content);
            _map.AddRun(from + k, content.Length);
            _sourcePos = from + k + content.Length;
        }
        else
        {
            AppendUnit(content, from, to);
        }
    }

    /// <summary>Appends <paramref name="content"/>, every character mapped to the whole source range.</summary>
    public void AppendUnit(string content, int from, int to)
    {
        if (content.Length == 0)
        {
            return;
        }

        (from, to) = Clamp(from, to);
        _text.Append(content);
        _map.Add(content.Length, from, to);
        _sourcePos = to;
    }

    /// <summary>Appends text that has no source (a line break between blocks): it maps to an empty range.</summary>
    public void AppendSynthetic(string content)
    {
        _text.Append(content);
        _map.Add(content.Length, _sourcePos, _sourcePos);
    }

    /// <summary>The text and its map.</summary>
    public (string Text, OffsetMap Map) Build() => (_text.ToString(), _map.Build(_source.Length));

    private (int From, int To) Clamp(int from, int to)
    {
        from = Math.Clamp(from, _sourcePos, _source.Length);
        to = Math.Clamp(to, from, _source.Length);
        return (from, to);
    }
}
