namespace CampaignText.Tests;

/// <summary>
/// Declares the spec files a test class reads by name (not through <see cref="SpecTheoryAttribute"/>), as
/// paths relative to Specs/ with '/' between parts; <c>*</c> matches within one part, <c>**</c> across parts.
/// The orphan check fails for a file under Specs/ that no test declares or finds by convention.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true)]
internal sealed class UsesSpecFilesAttribute(params string[] patterns) : Attribute
{
    /// <summary>The declared paths or patterns.</summary>
    public IReadOnlyList<string> Patterns { get; } = patterns;
}
