using System.Buffers;
using CampaignText.Segmentation.Dictionary;

namespace CampaignText.Segmentation.Pos;

/// <summary>jieba.posseg's cut over a lexicon: dictionary tags for known words, the POS HMM for the rest.</summary>
internal static class PosTagger
{
    private const string X = "x";
    private const string Eng = "eng";
    private const string Num = "m";

    public static void Tag(string text, int start, int end, Lexicon lexicon, PosModel? model, TokenBuffer output)
    {
        var graph = new TrieGraph(lexicon);
        int i = start, n = end;
        while (i < n)
        {
            int j = i;
            if (CharClass.IsHanPos(text[i]))
            {
                while (j < n && CharClass.IsHanPos(text[j])) j++;
                CutBlock(text, i, j, lexicon, graph, model, output);
            }
            else
            {
                while (j < n && !CharClass.IsHanPos(text[j])) j++;
                int k = i;
                while (k < j)
                {
                    int len = text[k] == '\r' && k + 1 < j && text[k + 1] == '\n' ? 2
                        : CharClass.IsSpace(text[k]) ? 1
                        : CharClass.CodePointLength(text.AsSpan(0, j), k);
                    output.Add(k, k + len, X);
                    k += len;
                }
            }
            i = j;
        }
    }

    private static string WordTag(Lexicon lexicon, ReadOnlySpan<char> word)
    {
        int node = lexicon.Trie.Find(word);
        return node == 0 ? X : lexicon.TagNames[lexicon.Trie.Tag(node)] ?? X;
    }

    private static void CutBlock(string text, int start, int end, Lexicon lexicon, in TrieGraph graph, PosModel? model, TokenBuffer output)
    {
        int n = end - start;
        var block = text.AsSpan(start, n);
        var next = ArrayPool<int>.Shared.Rent(n + 1);
        var route = ArrayPool<double>.Shared.Rent(n + 1);
        try
        {
            SegmenterCore<TrieGraph>.Route(block, graph, next, route);
            int x = 0, bufStart = -1;
            while (x < n)
            {
                int y = next[x];
                bool single = y - x == 1;
                bool toBuffer = model is null ? single && CharClass.IsAsciiAlnum(block[x]) : single;
                if (toBuffer)
                {
                    if (bufStart < 0) bufStart = x;
                }
                else
                {
                    if (bufStart >= 0)
                    {
                        Flush(start, block, bufStart, x, lexicon, graph, model, output);
                        bufStart = -1;
                    }
                    output.Add(start + x, start + y, WordTag(lexicon, block[x..y]));
                }
                x = y;
            }
            if (bufStart >= 0) Flush(start, block, bufStart, n, lexicon, graph, model, output);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(next);
            ArrayPool<double>.Shared.Return(route);
        }
    }

    private static void Flush(int offset, ReadOnlySpan<char> block, int bs, int be, Lexicon lexicon, in TrieGraph graph, PosModel? model, TokenBuffer output)
    {
        if (model is null)
        {
            output.Add(offset + bs, offset + be, Eng); // buffered single ASCII letters/digits
        }
        else if (be - bs == 1)
        {
            output.Add(offset + bs, offset + be, WordTag(lexicon, block[bs..be]));
        }
        else if (graph.Frequency(block[bs..be]) <= 0)
        {
            CutDetail(offset + bs, block[bs..be], model, output);
        }
        else
        {
            for (int k = bs; k < be; k++) output.Add(offset + k, offset + k + 1, WordTag(lexicon, block.Slice(k, 1)));
        }
    }

    /// <summary>posseg's __cut_detail: the POS HMM over CJK runs, numbers and Latin runs tagged m/eng/x.</summary>
    private static void CutDetail(int offset, ReadOnlySpan<char> s, PosModel model, TokenBuffer output)
    {
        int i = 0, n = s.Length;
        while (i < n)
        {
            int j = i;
            if (CharClass.IsCjk(s[i]))
            {
                while (j < n && CharClass.IsCjk(s[j])) j++;
                Decode(offset + i, s[i..j], model, output);
            }
            else
            {
                while (j < n && !CharClass.IsCjk(s[j])) j++;
                DetailSkip(offset + i, s[i..j], output);
            }
            i = j;
        }
    }

    // re_skip_detail = ([\.0-9]+|[a-zA-Z0-9]+); pieces tagged by re_num / re_eng prefix matches.
    private static void DetailSkip(int offset, ReadOnlySpan<char> s, TokenBuffer output)
    {
        int i = 0, n = s.Length, pending = 0;
        while (i < n)
        {
            char c = s[i];
            bool num = c == '.' || CharClass.IsAsciiDigit(c);
            if (!num && !CharClass.IsAsciiAlnum(c))
            {
                i++;
                continue;
            }
            int j = i + 1;
            if (num) while (j < n && (s[j] == '.' || CharClass.IsAsciiDigit(s[j]))) j++;
            else while (j < n && CharClass.IsAsciiAlnum(s[j])) j++;
            if (i > pending) output.Add(offset + pending, offset + i, X);
            output.Add(offset + i, offset + j, num ? Num : Eng);
            pending = i = j;
        }
        if (n > pending) output.Add(offset + pending, offset + n, X);
    }

    private static void Decode(int offset, ReadOnlySpan<char> s, PosModel model, TokenBuffer output)
    {
        var states = model.Decode(s);
        int begin = 0, nexti = 0;
        for (int i = 0; i < s.Length; i++)
        {
            int st = states[i];
            switch (model.Position(st))
            {
                case 'B': begin = i; break;
                case 'E': output.Add(offset + begin, offset + i + 1, model.Tag(st)); nexti = i + 1; break;
                case 'S': output.Add(offset + i, offset + i + 1, model.Tag(st)); nexti = i + 1; break;
            }
        }
        if (nexti < s.Length) output.Add(offset + nexti, offset + s.Length, model.Tag(states[nexti]));
    }
}
