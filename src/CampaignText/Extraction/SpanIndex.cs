namespace CampaignText.Extraction;

/// <summary>
/// Spans sorted by start with the running maximum of their ends, so that "does any span overlap [s, e)" and
/// "does any span contain [s, e)" take a binary search instead of a scan of every span.
/// </summary>
internal sealed class SpanIndex
{
    private readonly int[] starts;
    private readonly int[] maxEnds;

    public SpanIndex(IEnumerable<(int Start, int End)> spans)
    {
        var sorted = spans.ToArray();
        Array.Sort(sorted, (x, y) => x.Start.CompareTo(y.Start));
        starts = new int[sorted.Length];
        maxEnds = new int[sorted.Length];
        int max = int.MinValue;
        for (int i = 0; i < sorted.Length; i++)
        {
            starts[i] = sorted[i].Start;
            max = Math.Max(max, sorted[i].End);
            maxEnds[i] = max;
        }
    }

    /// <summary>Whether some span has Start &lt; <paramref name="end"/> and <paramref name="start"/> &lt; End.</summary>
    public bool Overlaps(int start, int end)
    {
        int k = CountStartingBefore(end);
        return k > 0 && maxEnds[k - 1] > start;
    }

    /// <summary>Whether some span has Start &lt;= <paramref name="start"/> and <paramref name="end"/> &lt;= End.</summary>
    public bool Contains(int start, int end)
    {
        int k = CountStartingBefore(start + 1);
        return k > 0 && maxEnds[k - 1] >= end;
    }

    /// <summary>How many spans start before <paramref name="pos"/>.</summary>
    private int CountStartingBefore(int pos)
    {
        int lo = 0, hi = starts.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] < pos) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }
}
