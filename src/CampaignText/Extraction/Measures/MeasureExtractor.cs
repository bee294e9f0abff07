using CampaignText.Text;

namespace CampaignText.Extraction.Measures;

/// <summary>
/// Finds measures. A taxonomy keyword after a carrying verb of the same clause (开展专项整治行动) gives
/// trigger = that verb and object = the phrase from after the verb to the end of the keyword's noun
/// phrase; a keyword used as a verb itself (检查社区, 整治违建) gives trigger = the keyword and object =
/// the noun phrase after it. One mention per keyword occurrence; a keyword naming an office or a post
/// (宣传部, 督查办, 宣传员) gives none.
/// </summary>
internal sealed class MeasureExtractor(ExtractionData data)
{
    public List<Mention> Extract(TextAnalysis a)
    {
        string text = a.Text;
        var result = new List<Mention>();
        var tax = data.Measures;
        int consumedTo = 0;
        for (int i = 0; i < text.Length; i++)
        {
            if (!Han.IsIdeograph(text[i]) || !tax.TryMatch(text, i, out string keyword, out string type)) continue;
            int kEnd = i + keyword.Length;
            // An office or a post named after the work is no measure (宣传部部长, 督查办, 宣传员).
            if (IsOfficeAfter(text, kEnd)) { i = kEnd - 1; continue; }
            // A capacity named after the work is no measure either (治理水平, 治理能力, 宣传体系).
            if (IsQualityAfter(text, kEnd)) { i = kEnd - 1; continue; }
            // The keyword must sit on word boundaries or inside a longer noun (专项整治行动).
            if (!a.IsBoundary(i) && !(a.TokenAt(i) is { } tk && tk.Word.Contains(keyword, StringComparison.Ordinal))) continue;
            int clause = a.ClauseStart(i);
            // A carrying verb earlier in the clause.
            int verbAt = -1;
            string? verb = null;
            for (int p = Math.Max(clause, consumedTo); p < i; p++)
            {
                foreach (string lv in data.LightVerbs)
                {
                    if (p + lv.Length <= i && string.CompareOrdinal(text, p, lv, 0, lv.Length) == 0 && a.IsBoundary(p))
                    {
                        verbAt = p;
                        verb = lv;
                        break;
                    }
                }
            }
            int objEnd = NounPhraseEnd(a, kEnd);
            if (verb is not null && verbAt >= 0)
            {
                int objStart = verbAt + verb.Length;
                string obj = text[objStart..objEnd];
                result.Add(new MeasureMention(text[verbAt..objEnd], verbAt, objEnd, type, verb, obj.Length > 0 ? obj : null));
            }
            else if (tax.NeedsVerb(keyword))
            {
                continue;
            }
            else
            {
                int objStop = NounPhraseEnd(a, kEnd);
                if (objStop == kEnd && a.TokenAt(kEnd) is { } nx && nx.Start == kEnd && nx.Word.Length >= 2 && nx.Word.All(Han.IsIdeograph)
                    && nx.Tag is not ("p" or "c" or "u" or "uj" or "d" or "r" or "m" or "q" or "f") && !tax.TryMatch(text, kEnd, out _, out _)
                    && !data.LightVerbs.Contains(nx.Word))
                {
                    objStop = nx.End;
                }
                string? obj = objStop > kEnd ? text[kEnd..objStop] : null;
                int end = objStop > kEnd ? objStop : kEnd;
                result.Add(new MeasureMention(text[i..end], i, end, type, keyword, obj));
                objEnd = end;
            }
            consumedTo = objEnd;
            i = objEnd - 1;
        }
        return result;
    }

    private static bool IsOfficeAfter(string text, int kEnd)
    {
        if (kEnd >= text.Length || "部办科处股员".IndexOf(text[kEnd], StringComparison.Ordinal) < 0) return false;
        // 宣传部署, 整治办理, 检查处置: a verb, not an office.
        return !(kEnd + 1 < text.Length && (text[kEnd], text[kEnd + 1]) is ('部', '署') or ('办', '理') or ('办', '法') or ('处', '理') or ('处', '置'));
    }

    private static readonly string[] QualityWords = ["水平", "能力", "体系", "效能", "格局", "现代化"];

    private static bool IsQualityAfter(string text, int kEnd)
    {
        foreach (string q in QualityWords)
        {
            if (string.CompareOrdinal(text, kEnd, q, 0, q.Length) == 0) return true;
        }

        return false;
    }

    /// <summary>End of the noun phrase starting at <paramref name="from"/>: nouns and noun-like words, at most 10 characters.</summary>
    private static int NounPhraseEnd(TextAnalysis a, int from)
    {
        int end = from;
        int i = a.TokenIndexAt(from);
        if (i < 0) return from;
        if (a.Tokens[i].Start < from) i++;
        while (i < a.Tokens.Count)
        {
            var t = a.Tokens[i];
            if (t.End - from > 10 || t.Word.Length == 0 || !Han.IsIdeograph(t.Word[0])) break;
            bool nounish = t.Tag.StartsWith('n') || t.Tag is "vn" or "j" or "l" or "b" or "an";
            if (!nounish) break;
            end = t.End;
            i++;
        }
        return end;
    }
}
