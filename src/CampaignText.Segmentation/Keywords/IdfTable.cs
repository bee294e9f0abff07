using System.Globalization;

namespace CampaignText.Segmentation.Keywords;

/// <summary>
/// Inverse document frequencies for TF-IDF keyword extraction (jieba.analyse's idf.txt by default),
/// with the median used for unknown words. Immutable and thread-safe.
/// </summary>
public sealed class IdfTable
{
    private static readonly Lazy<IdfTable> Stock = new(() =>
    {
        using var reader = new StreamReader(SegmentationData.Open(SegmentationData.JiebaIdf));
        return Load(reader, SegmentationData.JiebaIdf);
    }, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Dictionary<string, double> _idf;
    private readonly Dictionary<string, double>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    private IdfTable(Dictionary<string, double> idf, double median)
    {
        _idf = idf;
        _lookup = idf.GetAlternateLookup<ReadOnlySpan<char>>();
        Median = median;
    }

    /// <summary>jieba 0.42.1's idf table.</summary>
    public static IdfTable Default => Stock.Value;

    /// <summary>The median idf, used for words not in the table.</summary>
    public double Median { get; }

    /// <summary>Number of words in the table.</summary>
    public int Count => _idf.Count;

    /// <summary>The word's idf, or <see cref="Median"/> when unknown.</summary>
    public double this[ReadOnlySpan<char> word] => _lookup.TryGetValue(word, out var v) ? v : Median;

    /// <summary>Loads an idf table: one <c>word idf</c> per line, UTF-8.</summary>
    /// <exception cref="CampaignTextException">A line is not <c>word number</c>.</exception>
    public static IdfTable Load(TextReader reader, string name = "idf table")
    {
        ArgumentNullException.ThrowIfNull(reader);
        var idf = new Dictionary<string, double>(StringComparer.Ordinal);
        string? line;
        int lineNo = 0;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNo++;
            var s = CharClass.StripSpace(line);
            if (s.IsEmpty) continue;
            int sp = s.IndexOf(' ');
            if (sp <= 0 || !double.TryParse(s[(sp + 1)..], NumberStyles.Float, CultureInfo.InvariantCulture, out double v))
            {
                throw new CampaignTextException($"cannot read '{line}': expected 'word idf'", name, lineNo);
            }
            idf[s[..sp].ToString()] = v;
        }
        if (idf.Count == 0) throw new CampaignTextException("the idf table is empty", name);
        var values = idf.Values.ToArray();
        Array.Sort(values);
        return new IdfTable(idf, values[values.Length / 2]);
    }
}
