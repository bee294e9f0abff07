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
        var command = new Command("keywords", "Extract keywords (TF-IDF by default, or TextRank).") { file, top, textRank, lexicon };
        command.SetAction(parse => context.Run(() =>
        {
            int n = parse.GetValue(top);
            if (n <= 0) throw new UsageException("--top must be a positive number");
            string text = CliIo.ReadText(parse.GetValue(file), context.In);
            var segmenter = parse.GetValue(lexicon) == "jieba" ? JiebaSegmenter.Default : JiebaSegmenter.Campaign;
            var extractor = new KeywordExtractor(segmenter);
            var keywords = parse.GetValue(textRank) ? extractor.ExtractTextRank(text, n) : extractor.ExtractTfIdf(text, n);
            foreach (var k in keywords) context.Out.WriteLine($"{k.Word}\t{k.Weight:0.######}");
            return 0;
        }));
        return command;
    }
}
