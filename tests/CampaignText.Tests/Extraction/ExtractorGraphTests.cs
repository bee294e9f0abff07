using System.Globalization;
using CampaignText.Extraction;
using CampaignText.Extraction.Steps;

#pragma warning disable xUnit1003 // [SpecTheory] rows come from the spec file, through SpecTheoryDiscoverer

namespace CampaignText.Tests.Extraction;

/// <summary>
/// The extractors run in an order computed from the mentions each declares it reads; asking for some kinds runs
/// only what they need, and gives the same mentions of those kinds as extracting everything.
/// </summary>
public sealed class ExtractorGraphTests
{
    private static readonly ExtractorGraph Default = new(MentionSteps.Create(ExtractionData.Embedded));

    private static ExtractorStep Step(string name, MentionKind[] produces, MentionKind[] reads) => new(name, produces, reads, _ => []);

    [SpecTheory]
    public void ExtractorPlans(string id)
    {
        var c = SpecCases.Find(typeof(ExtractorGraphTests), nameof(ExtractorPlans), id);
        var kinds = new List<MentionKind>();
        foreach (var n in c["kinds"]!.AsArray())
        {
            Assert.True(MentionKindNames.TryParse(n!.GetValue<string>(), out var ks), $"unknown kind {n}");
            kinds.AddRange(ks);
        }
        string[] expected = [.. c["steps"]!.AsArray().Select(s => s!.GetValue<string>())];
        Assert.Equal(expected, Default.Plan(kinds).Select(s => s.Name));
    }

    [Fact]
    public void EveryStepRunsAfterWhatItReads()
    {
        var order = Default.Order.Select(s => s.Name).ToList();
        Assert.Equal(order.Count, order.Distinct().Count());
        foreach (var s in Default.Order)
        {
            foreach (var d in Default.DependenciesOf(s)) Assert.True(order.IndexOf(d.Name) < order.IndexOf(s.Name), $"{s.Name} runs before {d.Name}");
        }
        // The title rule revises organisations after people have read them, and before measures read them.
        Assert.True(order.IndexOf("people") < order.IndexOf("organization-titles"));
        Assert.True(order.IndexOf("organization-titles") < order.IndexOf("measures"));
    }

    [Fact]
    public void OrderIsComputedNotDeclared()
    {
        // Declared backwards: the graph still runs each step after the one it reads.
        var graph = new ExtractorGraph([
            Step("c", [MentionKind.Quantity], [MentionKind.Date]),
            Step("b", [MentionKind.Date], [MentionKind.District]),
            Step("a", [MentionKind.District], []),
        ]);
        Assert.Equal(["a", "b", "c"], graph.Order.Select(s => s.Name));
        Assert.Equal(["a", "b"], graph.Plan([MentionKind.Date]).Select(s => s.Name));
    }

    [Fact]
    public void CycleIsRefusedWithTheStepsAroundIt()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => new ExtractorGraph([
            Step("places", [MentionKind.District], []),
            Step("organizations", [MentionKind.Organization], [MentionKind.Person]),
            Step("people", [MentionKind.Person], [MentionKind.Organization]),
        ]));
        Assert.Contains("cycle", ex.Message, StringComparison.Ordinal);
        Assert.Contains("organizations → people", ex.Message, StringComparison.Ordinal);
        Assert.Contains("people → organizations", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("places", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TwoProducersOfOneKindAreRefused()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => new ExtractorGraph([
            Step("a", [MentionKind.Date], []),
            Step("b", [MentionKind.Date], []),
        ]));
        Assert.Equal("extractor steps a and b both produce date mentions", ex.Message);
    }

    [Fact]
    public void ReadingAKindNobodyProducesIsRefused()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => new ExtractorGraph([Step("quantities", [MentionKind.Quantity], [MentionKind.Date])]));
        Assert.Equal("extractor step quantities reads date mentions, which no step produces", ex.Message);
    }

    [Fact]
    public void EachKindAloneGivesWhatAllKindsGiveOnTheCorpus()
    {
        var files = Directory.GetFiles(Path.Combine(SpecFiles.RepoRoot, "corpus"), "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        Assert.True(files.Count >= 50, $"only {files.Count} corpus files");
        var date = new DateOnly(2021, 6, 1);
        int compared = 0;
        foreach (string f in files)
        {
            string text = File.ReadAllText(f);
            var context = new ExtractionContext("东城区");
            var all = MentionExtractor.Default.Extract(text, date, context);
            foreach (var kind in MentionKindNames.All)
            {
                var alone = MentionExtractor.Default.Extract(text, date, context with { Kinds = [kind] });
                var expected = all.Where(m => m.Kind == kind).ToList();
                Assert.True(expected.SequenceEqual(alone), $"{Path.GetFileName(f)}: {kind.ToName()} alone differs from all kinds");
                compared += expected.Count;
            }
        }
        Assert.True(compared > 5000, compared.ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void TitleCommitteeIsNoOrganisationEvenWhenPeopleAreNotAsked()
    {
        const string text = "区委书记夏林茂讲话，区委宣传部组织学习。";
        var orgs = MentionExtractor.Default.Extract(text, null, new ExtractionContext(Kinds: [MentionKind.Organization]));
        Assert.Equal(["区委宣传部"], orgs.Select(m => m.Text));
    }
}
