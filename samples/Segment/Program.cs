// Segments a sentence three ways: jieba's own dictionary, the campaign lexicon, and with a user word.
// dotnet run --project samples/Segment -- "东城区召开全国文明城区复查迎检工作部署会"
using CampaignText.Segmentation;
using CampaignText.Segmentation.Dictionary;

string text = args.Length > 0 ? string.Join(' ', args) : "东城区召开全国文明城区复查迎检工作部署会，投入资金5.3万元";

// jieba 0.42.1 exactly, then the campaign lexicon with numeric expressions kept whole.
Console.WriteLine("jieba:    " + string.Join(" / ", JiebaSegmenter.Default.Cut(text)));
Console.WriteLine("campaign: " + string.Join(" / ", JiebaSegmenter.Campaign.Cut(text)));

// A lexicon of one's own, built without global state; the segmenter is immutable and thread-safe.
Lexicon lexicon = new LexiconBuilder(Lexicon.Campaign).AddWord("部署会", tag: "n").Build();
var custom = new JiebaSegmenter(lexicon, SegmenterOptions.Campaign);

// Tokens carry UTF-16 offsets (end exclusive) and, with Tag, jieba.posseg tags.
foreach (TaggedToken t in custom.Tag(text))
{
    Console.WriteLine($"{t.Start,3}..{t.End,-3} {t.Word}\t{t.Tag}");
}
