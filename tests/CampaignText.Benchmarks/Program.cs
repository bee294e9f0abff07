using BenchmarkDotNet.Running;
using CampaignText.Benchmarks;

// `throughput FILE` times the segmenter over a file line by line (used by scripts/bench/reference.sh to
// put CampaignText side by side with python jieba and @node-rs/jieba in one run); anything else goes to
// BenchmarkDotNet.
if (args.Length >= 2 && args[0] == "throughput")
{
    return Throughput.Run(args[1]);
}
BenchmarkSwitcher.FromAssembly(typeof(Throughput).Assembly).Run(args);
return 0;
