namespace CampaignText.Text;

/// <summary>
/// Maps every UTF-16 index of a derived string to the range of the source string it came from.
/// Stored compactly: only characters whose source is not "the code unit right after the previous
/// character's source" get an entry, so an unchanged text costs nothing and a text with CRLF line ends
/// costs one entry a line.
/// </summary>
/// <remarks>
/// A derived character may come from several source code units (CRLF → LF, a surrogate pair → one
/// ideograph), several derived characters may share one source range (an entity, a whole heading mapped
/// as a unit) and a derived character may come from an empty source range (a line break inserted between
/// blocks). Source ranges never go backwards.
/// </remarks>
internal sealed class OffsetMap
{
    private readonly int[] _at;
    private readonly int[] _start;
    private readonly int[] _end;

    private OffsetMap(int length, int sourceLength, int[] at, int[] start, int[] end)
    {
        Length = length;
        SourceLength = sourceLength;
        _at = at;
        _start = start;
        _end = end;
    }

    /// <summary>Length of the derived string.</summary>
    public int Length { get; }

    /// <summary>Length of the source string.</summary>
    public int SourceLength { get; }

    /// <summary>Number of stored exceptions to the one-to-one mapping.</summary>
    public int EntryCount => _at.Length;

    /// <summary>A map for a string that is its own source.</summary>
    public static OffsetMap Identity(int length) => new(length, length, [], [], []);

    /// <summary>The source range the derived character at <paramref name="index"/> came from.</summary>
    public TextSpan SourceOf(int index)
    {
        if ((uint)index >= (uint)Length)
        {
            throw new ArgumentOutOfRangeException(nameof(index), index, $"index must be in [0, {Length}).");
        }

        int k = Array.BinarySearch(_at, index);
        if (k >= 0)
        {
            return new TextSpan(_start[k], _end[k]);
        }

        k = ~k - 1;
        int s = k < 0 ? index : _end[k] + (index - _at[k] - 1);
        return new TextSpan(s, s + 1);
    }

    /// <summary>
    /// Maps a span of the derived string to the source: from the source start of its first character to
    /// the source end of its last. An empty span maps to an empty span at the source start of the
    /// character it sits before (or the source end of the last character when it sits at the end).
    /// </summary>
    public TextSpan ToSource(TextSpan span)
    {
        if (span.Start < 0 || span.End > Length || span.Start > span.End)
        {
            throw new ArgumentOutOfRangeException(nameof(span), span, $"span must lie in [0, {Length}].");
        }

        if (span.Length == 0)
        {
            int p = span.Start < Length ? SourceOf(span.Start).Start : Length > 0 ? SourceOf(Length - 1).End : 0;
            return new TextSpan(p, p);
        }

        int start = SourceOf(span.Start).Start;
        int end = Math.Max(start, SourceOf(span.End - 1).End);
        return new TextSpan(start, end);
    }

    /// <summary>Builds a map while the derived string is appended to, left to right.</summary>
    internal sealed class Builder
    {
        private readonly List<int> _at = [];
        private readonly List<int> _start = [];
        private readonly List<int> _end = [];
        private int _length;
        private int _expected;

        /// <summary>Length of the derived string so far.</summary>
        public int Length => _length;

        /// <summary>Records <paramref name="length"/> derived characters copied from the source at <paramref name="sourceStart"/>.</summary>
        public void AddRun(int sourceStart, int length)
        {
            if (length <= 0)
            {
                return;
            }

            if (sourceStart != _expected)
            {
                Record(sourceStart, sourceStart + 1);
            }

            _length += length;
            _expected = sourceStart + length;
        }

        /// <summary>Records <paramref name="count"/> derived characters that all came from one source range.</summary>
        public void Add(int count, int sourceStart, int sourceEnd)
        {
            for (int i = 0; i < count; i++)
            {
                if (sourceStart != _expected || sourceEnd != sourceStart + 1)
                {
                    Record(sourceStart, sourceEnd);
                }

                _length++;
                _expected = sourceEnd;
            }
        }

        /// <summary>Freezes the map.</summary>
        public OffsetMap Build(int sourceLength) =>
            new(_length, sourceLength, [.. _at], [.. _start], [.. _end]);

        private void Record(int start, int end)
        {
            _at.Add(_length);
            _start.Add(start);
            _end.Add(end);
        }
    }
}
