namespace CampaignText.Pipeline;

/// <summary>
/// The outcome of analysing one file in a batch: either its <see cref="Analysis"/> or the reason it
/// failed (<see cref="Error"/>). Immutable.
/// </summary>
public sealed record AnalysisResult
{
    private AnalysisResult(string path, BulletinAnalysis? analysis, string? error)
    {
        Path = path;
        Analysis = analysis;
        Error = error;
    }

    /// <summary>The file as given.</summary>
    public string Path { get; }

    /// <summary>The analysis; null when the file failed.</summary>
    public BulletinAnalysis? Analysis { get; }

    /// <summary>Why the file failed (without the path); null when it was analysed.</summary>
    public string? Error { get; }

    /// <summary>
    /// A remark on a file that was analysed but deserves a look (without the path), such as "no text found" for
    /// a web page or document that yielded no text at all; null otherwise.
    /// </summary>
    public string? Warning { get; init; }

    /// <summary>True when the file was analysed.</summary>
    public bool Succeeded => Analysis is not null;

    /// <summary>A file that was analysed.</summary>
    /// <param name="analysis">Its analysis.</param>
    public static AnalysisResult Success(BulletinAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        return new AnalysisResult(analysis.Source, analysis, null);
    }

    /// <summary>A file that failed.</summary>
    /// <param name="path">The file.</param>
    /// <param name="error">Why, without the path.</param>
    public static AnalysisResult Failure(string path, string error)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentException.ThrowIfNullOrWhiteSpace(error);
        return new AnalysisResult(path, null, error);
    }

    /// <summary>"path: reason" for a failure, "path" for a success.</summary>
    public override string ToString() => Error is null ? Path : $"{Path}: {Error}";
}
