namespace CampaignText.Export;

/// <summary>Opens the <see cref="ICorpusWriter"/> for a format.</summary>
public static class CorpusWriter
{
    /// <summary>Opens a writer.</summary>
    /// <param name="format">The format.</param>
    /// <param name="path">A file for JSON Lines, a directory for CSV and Parquet.</param>
    /// <param name="byteOrderMark">For CSV: start each file with a UTF-8 byte-order mark.</param>
    public static ICorpusWriter Open(CorpusFormat format, string path, bool byteOrderMark = false) => format switch
    {
        CorpusFormat.Jsonl => new JsonlCorpusWriter(path),
        CorpusFormat.Csv => new CsvCorpusWriter(path, byteOrderMark),
        CorpusFormat.Parquet => new ParquetCorpusWriter(path),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "unknown corpus format"),
    };
}
