namespace CampaignText.Export;

/// <summary>
/// Opens the <see cref="ICorpusWriter"/> for a format, and names the formats: each format is registered once here, with
/// its name (as the command line takes it), whether it writes one file or a directory of tables, and its writer.
/// </summary>
public static class CorpusWriter
{
    /// <summary>The formats, in the order they are listed: name, directory or file, writer.</summary>
    private static readonly (CorpusFormat Format, string Name, bool Directory, Func<string, bool, ICorpusWriter> Open)[] Registered =
    [
        (CorpusFormat.Jsonl, "jsonl", false, static (path, _) => new JsonlCorpusWriter(path)),
        (CorpusFormat.Csv, "csv", true, static (path, byteOrderMark) => new CsvCorpusWriter(path, byteOrderMark)),
        (CorpusFormat.Parquet, "parquet", true, static (path, _) => new ParquetCorpusWriter(path)),
    ];

    /// <summary>The formats a corpus can be written in, in a fixed order.</summary>
    public static IReadOnlyList<CorpusFormat> Formats { get; } = [.. Registered.Select(static r => r.Format)];

    /// <summary>Opens a writer.</summary>
    /// <param name="format">The format.</param>
    /// <param name="path">A file for JSON Lines, a directory for CSV and Parquet.</param>
    /// <param name="byteOrderMark">For CSV: start each file with a UTF-8 byte-order mark.</param>
    /// <exception cref="ArgumentOutOfRangeException">The format is not one of <see cref="Formats"/>.</exception>
    public static ICorpusWriter Open(CorpusFormat format, string path, bool byteOrderMark = false) => Find(format).Open(path, byteOrderMark);

    /// <summary>The format's name as the command line takes it: jsonl, csv, parquet.</summary>
    /// <param name="format">The format.</param>
    /// <exception cref="ArgumentOutOfRangeException">The format is not one of <see cref="Formats"/>.</exception>
    public static string NameOf(CorpusFormat format) => Find(format).Name;

    /// <summary>Whether the format writes a directory of tables (CSV, Parquet) rather than one file (JSON Lines).</summary>
    /// <param name="format">The format.</param>
    /// <exception cref="ArgumentOutOfRangeException">The format is not one of <see cref="Formats"/>.</exception>
    public static bool WritesDirectory(CorpusFormat format) => Find(format).Directory;

    /// <summary>The format of a name (<see cref="NameOf"/>, exact case); false when no format has it.</summary>
    /// <param name="name">A name such as csv.</param>
    /// <param name="format">The format named.</param>
    public static bool TryParse(string? name, out CorpusFormat format)
    {
        foreach (var r in Registered)
        {
            if (string.Equals(r.Name, name, StringComparison.Ordinal))
            {
                format = r.Format;
                return true;
            }
        }

        format = default;
        return false;
    }

    private static (CorpusFormat Format, string Name, bool Directory, Func<string, bool, ICorpusWriter> Open) Find(CorpusFormat format)
    {
        foreach (var r in Registered)
        {
            if (r.Format == format) return r;
        }

        throw new ArgumentOutOfRangeException(nameof(format), format, "unknown corpus format");
    }
}
