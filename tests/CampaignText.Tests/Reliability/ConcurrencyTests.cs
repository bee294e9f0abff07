using CampaignText.Export.Json;
using CampaignText.Pipeline;

namespace CampaignText.Tests.Reliability;

/// <summary>One pipeline shared by eight threads gives the same analyses as a sequential run.</summary>
public sealed class ConcurrencyTests
{
    private const int Threads = 8;

    [Fact]
    public void EightThreadsAnalysingTheCorpusMatchASequentialRun()
    {
        IReadOnlyList<string> files = ReliabilityInputs.CorpusFiles();
        Assert.True(files.Count >= 50, $"only {files.Count} corpus files");
        var writer = new BulletinJsonWriter();

        // A pipeline of its own, so that its first use happens on many threads at once.
        var shared = new CampaignPipelineBuilder().Build();
        var sequential = CampaignPipeline.CreateDefault();
        string[] expected = files.Select(f => writer.ToJson(sequential.AnalyzeFile(f), indented: false)).ToArray();

        var actual = new string[Threads][];
        var failures = new System.Collections.Concurrent.ConcurrentQueue<Exception>();
        using var start = new Barrier(Threads);
        var threads = Enumerable.Range(0, Threads).Select(t => new Thread(() =>
        {
            try
            {
                var results = new string[files.Count];
                start.SignalAndWait();
                // Each thread walks the files from a different place, so that different files overlap.
                for (int k = 0; k < files.Count; k++)
                {
                    int i = (k + t * files.Count / Threads) % files.Count;
                    results[i] = writer.ToJson(shared.AnalyzeFile(files[i]), indented: false);
                }
                actual[t] = results;
            }
            catch (Exception e)
            {
                failures.Enqueue(e);
            }
        })).ToList();
        threads.ForEach(th => th.Start());
        threads.ForEach(th => th.Join());

        Assert.Empty(failures);
        for (int t = 0; t < Threads; t++)
        {
            for (int i = 0; i < files.Count; i++)
            {
                Assert.True(expected[i] == actual[t][i], $"thread {t} differs from the sequential run on {files[i]}");
            }
        }
    }
}
