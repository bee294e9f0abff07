namespace CampaignText.Extraction.Kinds;

/// <summary>
/// Everything the outputs need to know about one kind of mention: its contract name, its mention type,
/// its fields (JSON keys and table columns, in JSON order) and its short text form for the CLI outline
/// and the <c>extract</c> table. The JSON writer, the corpus tables (CSV, Parquet, SQLite) and the CLI
/// all read kinds from <see cref="MentionKinds.All"/>. Immutable and thread-safe.
/// </summary>
public sealed class MentionKindDescriptor
{
    private readonly Func<Mention, (string? Value, string? Detail)> _describe;

    private MentionKindDescriptor(MentionKind kind, string name, Type mentionType, IReadOnlyList<MentionField> fields, Func<Mention, (string? Value, string? Detail)> describe)
    {
        Kind = kind;
        Name = name;
        MentionType = mentionType;
        Fields = fields;
        _describe = describe;
    }

    /// <summary>The kind.</summary>
    public MentionKind Kind { get; }

    /// <summary>The contract name (<c>district</c>, <c>quantity</c>, …), as written in JSON and in the tables' <c>kind</c> column.</summary>
    public string Name { get; }

    /// <summary>The <see cref="Mention"/> subtype of this kind.</summary>
    public Type MentionType { get; }

    /// <summary>The kind's own fields, in the order they are written after the common ones.</summary>
    public IReadOnlyList<MentionField> Fields { get; }

    /// <summary>Declares a kind.</summary>
    /// <typeparam name="TMention">The mention type of the kind.</typeparam>
    /// <param name="kind">The kind.</param>
    /// <param name="name">The contract name.</param>
    /// <param name="fields">The kind's fields, in JSON order.</param>
    /// <param name="describe">The short text form: a value (null when it is the surface) and a detail.</param>
    internal static MentionKindDescriptor Create<TMention>(MentionKind kind, string name, IReadOnlyList<MentionField> fields, Func<TMention, (string? Value, string? Detail)> describe)
        where TMention : Mention
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(fields);
        ArgumentNullException.ThrowIfNull(describe);
        return new MentionKindDescriptor(kind, name, typeof(TMention), [.. fields], m => describe((TMention)m));
    }

    /// <summary>The short text form of a mention of this kind: its value (e.g. the normalised name) and a detail.</summary>
    /// <param name="mention">A mention of this kind.</param>
    public (string? Value, string? Detail) Describe(Mention mention)
    {
        ArgumentNullException.ThrowIfNull(mention);
        return _describe(mention);
    }

    /// <summary>One line for an outline: the kind name and the surface, with <c>→value</c> when the value differs.</summary>
    /// <param name="mention">A mention of this kind.</param>
    public string Summary(Mention mention)
    {
        var (value, _) = Describe(mention);
        return value is null || value == mention.Text ? $"{Name} {mention.Text}" : $"{Name} {mention.Text}→{value}";
    }

    /// <inheritdoc/>
    public override string ToString() => Name;
}
