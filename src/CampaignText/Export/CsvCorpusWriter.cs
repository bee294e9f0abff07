using System.Text;
using CampaignText.Export.Tables;
using CampaignText.Pipeline;
using CsvHelper;

namespace CampaignText.Export;

/// <summary>
/// Writes the four corpus tables (see <see cref="CorpusRows"/>) as documents.csv, sections.csv,
/// paragraphs.csv and mentions.csv in one directory: UTF-8 (with a byte-order mark on request, which
/// Excel needs to read Chinese), RFC 4180 quoting, a header row, invariant-culture numbers. A cell that a
/// spreadsheet would take for a formula (starting with = + - @, a tab or a carriage return, and not a plain
/// number) is written with a leading apostrophe, as OWASP recommends against CSV injection (see <see cref="SafeCell"/>).
/// </summary>
public sealed class CsvCorpusWriter : ICorpusWriter
{
    private readonly StagedFile[] _files;
    private readonly StreamWriter[] _streams;
    private readonly CsvWriter[] _csv;
    private bool _completed;

    /// <summary>Starts writing into <paramref name="directory"/> (created when missing).</summary>
    /// <param name="directory">The output directory.</param>
    /// <param name="byteOrderMark">True to start each file with a UTF-8 byte-order mark (for Excel).</param>
    public CsvCorpusWriter(string directory, bool byteOrderMark = false)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        var names = CorpusRows.TableNames;
        _files = new StagedFile[names.Count];
        _streams = new StreamWriter[names.Count];
        _csv = new CsvWriter[names.Count];
        try
        {
            for (int i = 0; i < names.Count; i++)
            {
                _files[i] = new StagedFile(Path.Combine(directory, names[i] + ".csv"));
                _streams[i] = new StreamWriter(_files[i].Create(), new UTF8Encoding(byteOrderMark));
                _csv[i] = CsvWriter.Create(_streams[i], null, leaveOpen: false);
            }
        }
        catch
        {
            // The tables opened before the failure are closed and their temporary files removed.
            foreach (var stream in _streams) stream?.Dispose();
            foreach (var file in _files) file?.Discard();
            throw;
        }

        _csv[0].WriteHeader(TableColumns<DocumentRow>.Names);
        _csv[1].WriteHeader(TableColumns<SectionRow>.Names);
        _csv[2].WriteHeader(TableColumns<ParagraphRow>.Names);
        _csv[3].WriteHeader(TableColumns<MentionRow>.Names);
    }

    /// <inheritdoc/>
    public IReadOnlyList<string> Paths => _files.Select(f => f.FinalPath).ToArray();

    /// <inheritdoc/>
    public ValueTask WriteAsync(BulletinAnalysis analysis, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        cancellationToken.ThrowIfCancellationRequested();
        var rows = CorpusRows.From(analysis);
        Write(_csv[0], [rows.Document]);
        Write(_csv[1], rows.Sections);
        Write(_csv[2], rows.Paragraphs);
        Write(_csv[3], rows.Mentions);
        return ValueTask.CompletedTask;
    }

    private static void Write<T>(CsvWriter csv, IReadOnlyList<T> rows)
    {
        foreach (var row in rows)
        {
            for (int i = 0; i < TableColumns<T>.Count; i++)
            {
                if (TableColumns<T>.Text(row, i) is { } text) csv.WriteField(SafeCell(text));
                else csv.WriteField(string.Empty);
            }

            csv.EndRecord();
        }
    }

    /// <summary>
    /// The cell as written to CSV: text that starts with = + - @, a tab or a carriage return gets a leading
    /// apostrophe so that Excel, LibreOffice and Google Sheets show it as text instead of running it as a formula
    /// (OWASP, "CSV Injection"); plain numbers such as -3.5 are left as they are.
    /// </summary>
    /// <param name="text">The cell's text.</param>
    public static string SafeCell(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0 || text[0] is not ('=' or '+' or '-' or '@' or '\t' or '\r')) return text;
        if (text[0] is '-' or '+' && decimal.TryParse(text, System.Globalization.NumberStyles.AllowLeadingSign | System.Globalization.NumberStyles.AllowDecimalPoint,
                System.Globalization.CultureInfo.InvariantCulture, out _)) return text;
        return "'" + text;
    }

    /// <inheritdoc/>
    public async ValueTask CompleteAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        for (int i = 0; i < _csv.Length; i++)
        {
            await _csv[i].FlushAsync(cancellationToken).ConfigureAwait(false);
            await _csv[i].DisposeAsync().ConfigureAwait(false);
        }

        StagedFile.CommitAll(_files);
        _completed = true;
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        try
        {
            foreach (var csv in _csv)
            {
                try
                {
                    await csv.DisposeAsync().ConfigureAwait(false);
                }
                catch (IOException) when (!_completed)
                {
                    // Flushing a table that is being thrown away failed (a full disk): it is removed below.
                }
            }
        }
        finally
        {
            if (!_completed)
            {
                foreach (var f in _files) f.Discard();
            }
        }
    }
}
