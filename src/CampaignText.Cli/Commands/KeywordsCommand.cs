using System.CommandLine;
using CampaignText.Segmentation;
using CampaignText.Segmentation.Keywords;

namespace CampaignText.Cli.Commands;

/// <summary><c>campaigntext keywords</c>: TF-IDF or TextRank keywords of a text.</summary>
internal static class KeywordsCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string?>("FILE") { Description = "Text file (UTF-8), or - for standard input", Arity = ArgumentArity.ZeroOrOne };
        var top = new Option<int>("--top") { Description = "How many keywords", DefaultValueFactory = _ => 20 };
        var textRank = new Option<bool>("--textrank") { Description = "Rank with TextRank instead of TF-IDF" };
        var lexicon = new Option<string>("--lexicon") { Description = "jieba or campaign", DefaultValueFactory = _ => "campaign" };
        lexicon.AcceptOnlyFromAmong("jieba", "campaign");
        var stopwords = new Option<string[]>("--stopwords") { Description = "More stop words: a UTF-8 file, one word a line (repeatable)." };
        var noStop = new Option<bool>("--no-default-stopwords") { Description = "Use jieba's stop words only, as python jieba does (no Chinese function words, no campaign words)." };
        var pos = new Option<string?>("--pos") { Description = "Keep only words with these part-of-speech tags, comma-separated (n,ns,vn…)." };
        var command = new Command("keywords", "Extract keywords (TF-IDF by default, or TextRank), stop words left out.") { file, top, textRank, lexicon, stopwords, noStop, pos };
        command.SetAction(parse => context.Run(() =>
        {
            int n = parse.GetValue(top);
            if (n <= 0) throw new UsageException("--top must be a positive number");
            string text = CliIo.ReadText(parse.GetValue(file), context.In);
            var segmenter = parse.GetValue(lexicon) == "jieba" ? JiebaSegmenter.Default : JiebaSegmenter.Campaign;
            var stop = new List<IReadOnlySet<string>> { parse.GetValue(noStop) ? StopWords.Jieba : StopWords.Default };
            foreach (var f in parse.GetValue(stopwords) ?? []) stop.Add(StopWords.Load(f));
            var tags = parse.GetValue(pos)?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var extractor = new KeywordExtractor(segmenter, stopWords: StopWords.Union(stop));
            var keywords = parse.GetValue(textRank) ? extractor.ExtractTextRank(text, n, tags) : extractor.ExtractTfIdf(text, n, tags);
            foreach (var k in keywords) context.Out.WriteLine($"{k.Word}\t{k.Weight:0.######}");
            return 0;
        }));
        return command;
    }
}
