namespace CampaignText.Pipeline;

/// <summary>
/// Which files a folder walk (<see cref="BulletinFiles.Walk"/>) keeps. Patterns are globs (<c>*</c> any run of
/// characters but '/', <c>**</c> any run including '/', <c>?</c> one character), matched without regard to case
/// against a file's path relative to the folder given (with '/' between parts) or, for a pattern without '/',
/// against its name. Immutable; change with a <c>with</c> expression.
/// </summary>
public sealed record BulletinWalkOptions
{
    /// <summary>The options used when none are given: every bulletin file except the <see cref="DefaultExcludes"/>.</summary>
    public static BulletinWalkOptions Default { get; } = new();

    /// <summary>
    /// Files a project keeps beside its documents, left out of folder walks unless an <see cref="Include"/> pattern of
    /// the same shape names them (<c>README.md</c> or <c>README*</c>; a broad <c>*.md</c> does not).
    /// </summary>
    public static IReadOnlyList<string> DefaultExcludes { get; } =
        ["README*", "CHANGELOG*", "CHANGES*", "LICENSE*", "LICENCE*", "COPYING*", "NOTICE*", "AUTHORS*", "CONTRIBUTING*", "THIRD-PARTY-NOTICES*"];

    /// <summary>When not empty, a file in a folder is kept only when it matches one of these patterns.</summary>
    public IReadOnlyList<string> Include { get; init; } = [];

    /// <summary>Files in a folder that match one of these patterns are left out (and counted).</summary>
    public IReadOnlyList<string> Exclude { get; init; } = [];

    /// <summary>When true (the default) the <see cref="DefaultExcludes"/> apply too.</summary>
    public bool UseDefaultExcludes { get; init; } = true;
}
