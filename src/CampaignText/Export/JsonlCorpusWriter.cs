using System.Text;
using CampaignText.Export.Json;
using CampaignText.Pipeline;

namespace CampaignText.Export;

/// <summary>Writes one JSON Lines file: one compact object per bulletin, in the bulletin JSON contract.</summary>
public sealed class JsonlCorpusWriter : ICorpusWriter
{
    private static readonly BulletinJsonWriter Json = new();
    private readonly StagedFile _file;
    private readonly StreamWriter _writer;
    private bool _completed;

    /// <summary>Starts writing <paramref name="path"/> (created or replaced on completion).</summary>
    /// <param name="path">The .jsonl file.</param>
    public JsonlCorpusWriter(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        _file = new StagedFile(path);
        _writer = new StreamWriter(_file.Create(), new UTF8Encoding(false));
    }

    /// <inheritdoc/>
    public IReadOnlyList<string> Paths => [_file.FinalPath];

    /// <inheritdoc/>
    public ValueTask WriteAsync(BulletinAnalysis analysis, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        cancellationToken.ThrowIfCancellationRequested();
        Json.WriteLine(_writer, analysis);
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc/>
    public async ValueTask CompleteAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        await _writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        await _writer.DisposeAsync().ConfigureAwait(false);
        _file.Commit();
        _completed = true;
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        try
        {
            await _writer.DisposeAsync().ConfigureAwait(false);
        }
        catch (IOException) when (!_completed)
        {
            // Flushing output that is being thrown away failed (a full disk): it is removed below.
        }
        finally
        {
            if (!_completed) _file.Discard();
        }
    }
}
