using CampaignText.Pipeline;
using CampaignText.Text;

#pragma warning disable xUnit1003 // [SpecTheory] rows come from the spec file, through SpecTheoryDiscoverer

namespace CampaignText.Tests.Text;

/// <summary>One list of file extensions: the reader's formats and the folder walk agree.</summary>
public sealed class FileExtensionTests
{
    [SpecTheory]
    public void FileExtensions(string id)
    {
        var c = SpecCases.Find(typeof(FileExtensionTests), nameof(FileExtensions), id);
        string file = c["file"]!.GetValue<string>();
        string? format = c["format"]?.GetValue<string>();
        Assert.Equal(format, DocumentReader.FormatFromExtension(file)?.ToString());
        Assert.Equal(format is not null, BulletinFiles.IsBulletin(file));
    }

    [Fact]
    public void FolderWalkTakesTheReadersList()
    {
        Assert.Same(DocumentReader.KnownExtensions, BulletinFiles.Extensions);
        Assert.All(BulletinFiles.Extensions, e => Assert.NotNull(DocumentReader.FormatFromExtension("a" + e)));
        Assert.Contains(".markdown", BulletinFiles.Extensions);
        Assert.Contains(".docm", BulletinFiles.Extensions);
    }

    [Fact]
    public void HelpAndMessagesNameOneExtensionPerFormat()
    {
        Assert.Equal([".txt", ".md", ".docx", ".html", ".pdf"], BulletinFiles.MainExtensions);
        Assert.Equal(
            BulletinFiles.Extensions.Select(e => DocumentReader.FormatFromExtension("a" + e)).Distinct(),
            BulletinFiles.MainExtensions.Select(e => DocumentReader.FormatFromExtension("a" + e)));
        Assert.Equal(".txt, .md, .docx, .html or .pdf", CampaignText.Cli.Commands.FolderInputs.Extensions("or"));
        Assert.Equal("a", CampaignText.Cli.Commands.FolderInputs.Join(["a"], "and"));
        Assert.Equal("a and b", CampaignText.Cli.Commands.FolderInputs.Join(["a", "b"], "and"));
    }
}
