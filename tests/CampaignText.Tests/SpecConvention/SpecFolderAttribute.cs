namespace CampaignText.Tests;

/// <summary>The folder under Specs/ that a test class's <see cref="SpecTheoryAttribute"/> files live in, when not its area.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
internal sealed class SpecFolderAttribute(string folder) : Attribute
{
    /// <summary>The folder, relative to Specs/, with '/' between parts.</summary>
    public string Folder { get; } = folder;
}
