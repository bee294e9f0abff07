namespace CampaignText.Tests;

public class SmokeTests
{
    [Fact]
    public void LibraryAssemblyLoads() => Assert.Equal("CampaignText", typeof(CampaignText.CampaignTextException).Assembly.GetName().Name);
}
