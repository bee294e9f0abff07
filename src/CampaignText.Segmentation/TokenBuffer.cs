namespace CampaignText.Segmentation;

/// <summary>A growable list of token spans (and optional tags) filled by the segmentation core.</summary>
internal sealed class TokenBuffer
{
    public int[] Starts = new int[64];
    public int[] Ends = new int[64];
    public string?[] Tags = new string?[64];
    public int Count;

    public void Clear() => Count = 0;

    public void Add(int start, int end, string? tag = null)
    {
        if (Count == Starts.Length)
        {
            int n = Count * 2;
            Array.Resize(ref Starts, n);
            Array.Resize(ref Ends, n);
            Array.Resize(ref Tags, n);
        }
        Starts[Count] = start;
        Ends[Count] = end;
        Tags[Count] = tag;
        Count++;
    }
}
