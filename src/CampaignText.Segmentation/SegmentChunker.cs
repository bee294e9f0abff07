namespace CampaignText.Segmentation;

/// <summary>
/// Reads text from a <see cref="TextReader"/> in chunks that segment exactly as the whole text does, so that
/// input of any size can be cut with flat memory: a chunk ends at a line break (or, in a line longer than
/// <see cref="MaxChunkChars"/>, after Chinese sentence or clause punctuation) where the segmenter's blocks
/// break anyway. Offsets of the words of a chunk are relative to it; add <see cref="ChunkStart"/>.
/// </summary>
/// <remarks>
/// In <see cref="SegmentMode.Full"/> jieba keeps a line break together with adjacent ASCII letters, digits and
/// further line breaks ("abc\ndef" is one piece), so a chunk ends there only when the next line does not begin
/// with one of those. A line of more than <see cref="MaxChunkChars"/> chars with no punctuation at all is cut
/// at that length (never inside a surrogate pair); only such a line can segment differently from the whole text.
/// Not thread-safe: one reader, one consumer.
/// </remarks>
public sealed class SegmentChunker
{
    private const string ClausePunctuation = "，。；！？、：";
    private readonly TextReader _reader;
    private readonly SegmentMode _mode;
    private char[] _buffer;
    private int _start;
    private int _end;
    private bool _eof;

    /// <summary>Creates a chunker over <paramref name="reader"/>.</summary>
    /// <param name="reader">The text; read forward once, not disposed.</param>
    /// <param name="mode">The mode the chunks will be cut in (full mode needs stricter boundaries).</param>
    /// <param name="chunkChars">Preferred chunk length in chars; chunks end at the last safe boundary before it.</param>
    /// <param name="maxChunkChars">Longest chunk; a longer line is cut after punctuation, or at this length.</param>
    /// <exception cref="ArgumentOutOfRangeException">A length is below 2, or <paramref name="maxChunkChars"/> is below <paramref name="chunkChars"/>.</exception>
    public SegmentChunker(TextReader reader, SegmentMode mode, int chunkChars = 1 << 16, int maxChunkChars = 1 << 20)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentOutOfRangeException.ThrowIfLessThan(chunkChars, 2);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxChunkChars, chunkChars);
        _reader = reader;
        _mode = mode;
        ChunkChars = chunkChars;
        MaxChunkChars = maxChunkChars;
        _buffer = new char[Math.Min(maxChunkChars, chunkChars * 2) + 1];
    }

    /// <summary>Preferred chunk length in chars.</summary>
    public int ChunkChars { get; }

    /// <summary>Longest chunk in chars.</summary>
    public int MaxChunkChars { get; }

    /// <summary>Offset of the chunk last returned by <see cref="Next"/> in the whole text.</summary>
    public long ChunkStart { get; private set; }

    private long _consumed;

    /// <summary>The next chunk, or null at the end of the text.</summary>
    public string? Next()
    {
        Fill(ChunkChars + 1);
        int available = _end - _start;
        if (available == 0) return null;
        int cut;
        if (_eof && available <= ChunkChars) cut = available;
        else
        {
            cut = LastLineBoundary(Math.Min(available - 1, ChunkChars));
            if (cut <= 0)
            {
                // No line break yet: read on up to the longest chunk, looking for one.
                Fill(MaxChunkChars + 1);
                available = _end - _start;
                if (_eof && available <= MaxChunkChars) cut = available;
                else
                {
                    int limit = Math.Min(available - 1, MaxChunkChars);
                    cut = FirstLineBoundary(ChunkChars, limit);
                    if (cut <= 0) cut = LastPunctuation(limit);
                    if (cut <= 0) cut = char.IsHighSurrogate(_buffer[_start + limit - 1]) ? limit - 1 : limit;
                }
            }
        }
        string chunk = new(_buffer, _start, cut);
        _start += cut;
        ChunkStart = _consumed;
        _consumed += cut;
        return chunk;
    }

    // Reads until `want` chars are buffered past _start, or the end.
    private void Fill(int want)
    {
        if (_end - _start >= want || _eof) return;
        if (_start > 0)
        {
            Array.Copy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _start = 0;
        }
        if (_buffer.Length < want) Array.Resize(ref _buffer, want);
        while (_end < want)
        {
            int n = _reader.Read(_buffer, _end, _buffer.Length - _end);
            if (n == 0)
            {
                _eof = true;
                return;
            }
            _end += n;
        }
    }

    // A cut after `length` chars (relative to _start) is safe when the char before it ends a line and
    // the char after it cannot join it (the char after is always buffered: callers pass length < available).
    private bool IsLineBoundary(int length)
    {
        char before = _buffer[_start + length - 1];
        char after = _buffer[_start + length];
        if (before == '\r') return after != '\n' && (_mode != SegmentMode.Full || !JoinsInFullMode(after));
        if (before != '\n') return false;
        return _mode != SegmentMode.Full || !JoinsInFullMode(after);
    }

    // Characters jieba's full mode keeps in one piece with a neighbouring line break.
    private static bool JoinsInFullMode(char c) => c is '\n' or '\r' or '+' or '#' || char.IsAsciiLetterOrDigit(c);

    private int LastLineBoundary(int from)
    {
        for (int length = from; length > 0; length--)
        {
            if (IsLineBoundary(length)) return length;
        }
        return 0;
    }

    private int FirstLineBoundary(int from, int to)
    {
        for (int length = from; length <= to; length++)
        {
            if (IsLineBoundary(length)) return length;
        }
        return 0;
    }

    private int LastPunctuation(int from)
    {
        for (int length = from; length > 0; length--)
        {
            if (ClausePunctuation.Contains(_buffer[_start + length - 1])) return length;
        }
        return 0;
    }
}
