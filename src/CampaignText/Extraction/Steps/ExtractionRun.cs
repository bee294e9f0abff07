namespace CampaignText.Extraction.Steps;

/// <summary>
/// One text going through the steps: what the caller passed in and the lists the steps have found so far.
/// Lives for one call.
/// </summary>
internal sealed class ExtractionRun(TextAnalysis analysis, ExtractionContext context)
{
    private readonly Dictionary<MentionKind, List<Mention>> found = [];

    public TextAnalysis Analysis { get; } = analysis;
    public ExtractionContext Context { get; } = context;

    /// <summary>
    /// The list of the step that produces <paramref name="kind"/> (with the other kinds that step produces, in its
    /// order: one list holds districts, towns and communities).
    /// </summary>
    /// <exception cref="InvalidOperationException">No step has produced the kind yet (an undeclared read).</exception>
    public List<Mention> Of(MentionKind kind) =>
        found.TryGetValue(kind, out var list) ? list : throw new InvalidOperationException($"{kind.ToName()} mentions read before they were found: declare the read");

    /// <summary>Records a step's list as the list of each kind it produces.</summary>
    public void Add(IReadOnlyList<MentionKind> kinds, List<Mention> list)
    {
        foreach (var k in kinds) found[k] = list;
    }
}
