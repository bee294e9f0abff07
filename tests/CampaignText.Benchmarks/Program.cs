using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using CampaignText.Benchmarks;

// `throughput FILE` times the segmenter over a file line by line (used by scripts/bench/reference.sh to
// put CampaignText side by side with python jieba and @node-rs/jieba in one run); anything else goes to
// BenchmarkDotNet.
if (args.Length >= 2 && args[0] == "throughput")
{
    return Throughput.Run(args[1]);
}

// `mine [MB] [JOBS] [FORMAT]` times folder mining end to end over the corpus replicated to MB megabytes.
if (args.Length >= 1 && args[0] == "mine")
{
    return await MiningThroughput.Run(args);
}
// The generated benchmark projects build in a few seconds alone but can take minutes on a busy two-core machine.
BenchmarkSwitcher.FromAssembly(typeof(Throughput).Assembly).Run(args, ManualConfig.Create(DefaultConfig.Instance).WithBuildTimeout(TimeSpan.FromMinutes(10)));
return 0;
