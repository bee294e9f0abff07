using CampaignText.Pipeline;

namespace CampaignText.Export;

/// <summary>
/// Writes analyses of many bulletins to files. Output goes to temporary files beside the targets and is
/// moved into place only by <see cref="CompleteAsync"/>: a writer disposed before that (an error, a
/// cancelled run) leaves no half-written file behind and any earlier output untouched. Not thread-safe:
/// one caller writes, in order.
/// </summary>
public interface ICorpusWriter : IAsyncDisposable
{
    /// <summary>The files written once <see cref="CompleteAsync"/> has run.</summary>
    IReadOnlyList<string> Paths { get; }

    /// <summary>Appends one bulletin.</summary>
    /// <param name="analysis">Its analysis.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    ValueTask WriteAsync(BulletinAnalysis analysis, CancellationToken cancellationToken = default);

    /// <summary>Finishes the files and moves them into place.</summary>
    /// <param name="cancellationToken">Cancels before the move.</param>
    ValueTask CompleteAsync(CancellationToken cancellationToken = default);
}
