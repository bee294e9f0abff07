using CampaignText.Export.Tables;
using CampaignText.Pipeline;
using Parquet;
using Parquet.Serialization;

namespace CampaignText.Export;

/// <summary>
/// Writes the four corpus tables (see <see cref="CorpusRows"/>) as documents.parquet, sections.parquet,
/// paragraphs.parquet and mentions.parquet in one directory, readable by pandas, pyarrow and DuckDB.
/// Rows are buffered and written as row groups (<see cref="DefaultRowGroupRows"/> rows by default), so memory stays flat.
/// </summary>
public sealed class ParquetCorpusWriter : ICorpusWriter
{
    /// <summary>Rows per row group unless the constructor is told otherwise.</summary>
    public const int DefaultRowGroupRows = 20_000;

    private readonly Table<DocumentRow> _documents;
    private readonly Table<SectionRow> _sections;
    private readonly Table<ParagraphRow> _paragraphs;
    private readonly Table<MentionRow> _mentions;
    private bool _completed;

    /// <summary>Starts writing into <paramref name="directory"/> (created when missing).</summary>
    /// <param name="directory">The output directory.</param>
    /// <param name="rowGroupRows">Rows buffered per table before they are written as a row group.</param>
    public ParquetCorpusWriter(string directory, int rowGroupRows = DefaultRowGroupRows)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        ArgumentOutOfRangeException.ThrowIfLessThan(rowGroupRows, 1);
        _documents = new Table<DocumentRow>(Path.Combine(directory, "documents.parquet"), rowGroupRows);
        _sections = new Table<SectionRow>(Path.Combine(directory, "sections.parquet"), rowGroupRows);
        _paragraphs = new Table<ParagraphRow>(Path.Combine(directory, "paragraphs.parquet"), rowGroupRows);
        _mentions = new Table<MentionRow>(Path.Combine(directory, "mentions.parquet"), rowGroupRows);
    }

    /// <inheritdoc/>
    public IReadOnlyList<string> Paths => [_documents.File.FinalPath, _sections.File.FinalPath, _paragraphs.File.FinalPath, _mentions.File.FinalPath];

    /// <inheritdoc/>
    public async ValueTask WriteAsync(BulletinAnalysis analysis, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var rows = CorpusRows.From(analysis);
        await _documents.AddAsync([rows.Document], cancellationToken).ConfigureAwait(false);
        await _sections.AddAsync(rows.Sections, cancellationToken).ConfigureAwait(false);
        await _paragraphs.AddAsync(rows.Paragraphs, cancellationToken).ConfigureAwait(false);
        await _mentions.AddAsync(rows.Mentions, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public async ValueTask CompleteAsync(CancellationToken cancellationToken = default)
    {
        await _documents.FinishAsync(cancellationToken).ConfigureAwait(false);
        await _sections.FinishAsync(cancellationToken).ConfigureAwait(false);
        await _paragraphs.FinishAsync(cancellationToken).ConfigureAwait(false);
        await _mentions.FinishAsync(cancellationToken).ConfigureAwait(false);
        StagedFile.CommitAll([_documents.File, _sections.File, _paragraphs.File, _mentions.File]);
        _completed = true;
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        try
        {
            await _documents.DisposeAsync().ConfigureAwait(false);
            await _sections.DisposeAsync().ConfigureAwait(false);
            await _paragraphs.DisposeAsync().ConfigureAwait(false);
            await _mentions.DisposeAsync().ConfigureAwait(false);
        }
        finally
        {
            // Also when closing a stream failed (a full disk): no temporary file is left behind.
            if (!_completed)
            {
                _documents.File.Discard();
                _sections.File.Discard();
                _paragraphs.File.Discard();
                _mentions.File.Discard();
            }
        }
    }

    private sealed class Table<T>(string path, int rowGroupRows) : IAsyncDisposable
        where T : new()
    {
        private readonly List<T> _buffer = [];
        private FileStream? _stream;
        private bool _started;

        public StagedFile File { get; } = new(path);

        public async ValueTask AddAsync(IReadOnlyList<T> rows, CancellationToken cancellationToken)
        {
            _buffer.AddRange(rows);
            if (_buffer.Count >= rowGroupRows) await FlushAsync(cancellationToken).ConfigureAwait(false);
        }

        public async ValueTask FinishAsync(CancellationToken cancellationToken)
        {
            if (_buffer.Count > 0 || !_started) await FlushAsync(cancellationToken).ConfigureAwait(false);
            if (_stream is not null) await _stream.DisposeAsync().ConfigureAwait(false);
            _stream = null;
        }

        public async ValueTask DisposeAsync()
        {
            FileStream? stream = _stream;
            _stream = null;
            if (stream is not null) await stream.DisposeAsync().ConfigureAwait(false);
        }

        private async ValueTask FlushAsync(CancellationToken cancellationToken)
        {
            _stream ??= File.Create(readable: true);
            var options = new ParquetOptions { Append = _started, RowGroupSize = Math.Max(rowGroupRows, _buffer.Count) };
            await ParquetSerializer.SerializeAsync(_buffer, _stream, options, cancellationToken: cancellationToken).ConfigureAwait(false);
            _started = true;
            _buffer.Clear();
        }
    }
}
