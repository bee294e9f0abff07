namespace CampaignText.Extraction.Steps;

/// <summary>
/// One extractor as the mention graph sees it: the kinds it produces, the earlier mentions it reads and how
/// it runs. A step that revises a kind (drops some of its mentions) runs after the kind's producer; steps
/// that read the kind see it revised, steps that read it unrevised see the producer's list before revision.
/// </summary>
internal sealed class ExtractorStep
{
    /// <summary>Declares a step.</summary>
    /// <param name="name">A short name used in messages (<c>organizations</c>).</param>
    /// <param name="produces">The kinds whose mentions it finds (none for a step that only revises).</param>
    /// <param name="reads">The kinds whose mentions (revised) it reads.</param>
    /// <param name="run">Finds the mentions: reads earlier lists from the run, returns its own list (null when it only revises).</param>
    /// <param name="readsUnrevised">The kinds it reads as their producer found them, before any revision.</param>
    /// <param name="revises">The kinds whose lists it changes in place.</param>
    public ExtractorStep(string name, MentionKind[] produces, MentionKind[] reads, Func<ExtractionRun, List<Mention>?> run,
        MentionKind[]? readsUnrevised = null, MentionKind[]? revises = null)
    {
        Name = name;
        Produces = produces;
        Reads = reads;
        Run = run;
        ReadsUnrevised = readsUnrevised ?? [];
        Revises = revises ?? [];
    }

    public string Name { get; }
    public IReadOnlyList<MentionKind> Produces { get; }
    public IReadOnlyList<MentionKind> Reads { get; }
    public IReadOnlyList<MentionKind> ReadsUnrevised { get; }
    public IReadOnlyList<MentionKind> Revises { get; }
    public Func<ExtractionRun, List<Mention>?> Run { get; }

    public override string ToString() => Name;
}
