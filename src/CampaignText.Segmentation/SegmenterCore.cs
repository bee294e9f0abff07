using System.Buffers;
using CampaignText.Segmentation.Dictionary;
using CampaignText.Segmentation.Hmm;

namespace CampaignText.Segmentation;

/// <summary>
/// jieba 0.42.1's exact, full and search cutting over any <see cref="IWordGraph"/>, emitting token
/// spans into a <see cref="TokenBuffer"/>. Block splitting, the DAG, the right-to-left route and the
/// HMM fallback follow jieba's code step by step so that output is token-identical.
/// </summary>
internal static class SegmenterCore<TGraph> where TGraph : struct, IWordGraph
{
    /// <summary>jieba.cut(text, HMM=hmm): exact mode.</summary>
    public static void CutExact(string text, in TGraph g, HmmModel? hmm, TokenBuffer output) =>
        CutExact(text, 0, text.Length, g, hmm, output);

    /// <summary>Exact mode over <c>text[start..end)</c>; offsets refer to the whole text.</summary>
    public static void CutExact(string text, int start, int end, in TGraph g, HmmModel? hmm, TokenBuffer output)
    {
        int i = start, n = end;
        while (i < n)
        {
            int j = i;
            if (CharClass.IsHan(text[i]))
            {
                while (j < n && CharClass.IsHan(text[j])) j++;
                CutHanBlock(text, i, j, g, hmm, output);
            }
            else
            {
                while (j < n && !CharClass.IsHan(text[j])) j++;
                CutOtherBlock(text, i, j, output);
            }
            i = j;
        }
    }

    /// <summary>Non-han text: "\r\n" and each whitespace char alone, each other code point alone.</summary>
    private static void CutOtherBlock(string text, int start, int end, TokenBuffer output)
    {
        int i = start;
        while (i < end)
        {
            char c = text[i];
            if (c == '\r' && i + 1 < end && text[i + 1] == '\n')
            {
                output.Add(i, i + 2);
                i += 2;
            }
            else
            {
                int len = CharClass.IsSpace(c) ? 1 : CharClass.CodePointLength(text.AsSpan(0, end), i);
                output.Add(i, i + len);
                i += len;
            }
        }
    }

    /// <summary>
    /// Fills <paramref name="next"/>[k] with the exclusive end of the best word starting at k
    /// (jieba's calc over get_DAG), relative to the block.
    /// </summary>
    public static void Route(ReadOnlySpan<char> block, in TGraph g, Span<int> next, Span<double> route)
    {
        int n = block.Length;
        double logTotal = g.LogTotal;
        int max = Math.Max(g.MaxWordLength, 1);
        Span<int> ends = max <= 64 ? stackalloc int[64] : new int[max];
        Span<double> weights = max <= 64 ? stackalloc double[64] : new double[max];
        route[n] = 0;
        for (int idx = n - 1; idx >= 0; idx--)
        {
            int count = g.WordsAt(block, idx, ends, weights);
            if (count == 0)
            {
                route[idx] = (0.0 - logTotal) + route[idx + 1];
                next[idx] = idx + 1;
                continue;
            }
            double best = weights[0] + route[ends[0]];
            int bestEnd = ends[0];
            for (int k = 1; k < count; k++)
            {
                double v = weights[k] + route[ends[k]];
                if (v >= best) // max over (value, x): equal values go to the larger x
                {
                    best = v;
                    bestEnd = ends[k];
                }
            }
            route[idx] = best;
            next[idx] = bestEnd;
        }
    }

    private static void CutHanBlock(string text, int start, int end, in TGraph g, HmmModel? hmm, TokenBuffer output)
    {
        int n = end - start;
        var block = text.AsSpan(start, n);
        int[]? rentedNext = null;
        double[]? rentedRoute = null;
        Span<int> next = n < 256 ? stackalloc int[n + 1] : (rentedNext = ArrayPool<int>.Shared.Rent(n + 1));
        Span<double> route = n < 256 ? stackalloc double[n + 1] : (rentedRoute = ArrayPool<double>.Shared.Rent(n + 1));
        try
        {
            Route(block, g, next, route);
            if (hmm is null) EmitNoHmm(start, block, next, output);
            else EmitWithHmm(start, block, next, g, hmm, output);
        }
        finally
        {
            if (rentedNext is not null) ArrayPool<int>.Shared.Return(rentedNext);
            if (rentedRoute is not null) ArrayPool<double>.Shared.Return(rentedRoute);
        }
    }

    private static void EmitNoHmm(int offset, ReadOnlySpan<char> block, ReadOnlySpan<int> next, TokenBuffer output)
    {
        int n = block.Length;
        int x = 0, bufStart = -1;
        while (x < n)
        {
            int y = next[x];
            if (y - x == 1 && CharClass.IsAsciiAlnum(block[x]))
            {
                if (bufStart < 0) bufStart = x;
            }
            else
            {
                if (bufStart >= 0)
                {
                    output.Add(offset + bufStart, offset + x);
                    bufStart = -1;
                }
                output.Add(offset + x, offset + y);
            }
            x = y;
        }
        if (bufStart >= 0) output.Add(offset + bufStart, offset + n);
    }

    private static void EmitWithHmm(int offset, ReadOnlySpan<char> block, ReadOnlySpan<int> next, in TGraph g, HmmModel hmm, TokenBuffer output)
    {
        int n = block.Length;
        int x = 0, bufStart = -1;
        while (x < n)
        {
            int y = next[x];
            if (y - x == 1)
            {
                if (bufStart < 0) bufStart = x;
            }
            else
            {
                if (bufStart >= 0)
                {
                    FlushBuffer(offset, block, bufStart, x, g, hmm, output);
                    bufStart = -1;
                }
                output.Add(offset + x, offset + y);
            }
            x = y;
        }
        if (bufStart >= 0) FlushBuffer(offset, block, bufStart, n, g, hmm, output);
    }

    private static void FlushBuffer(int offset, ReadOnlySpan<char> block, int bs, int be, in TGraph g, HmmModel hmm, TokenBuffer output)
    {
        if (be - bs == 1)
        {
            output.Add(offset + bs, offset + be);
        }
        else if (g.Frequency(block[bs..be]) <= 0)
        {
            HmmCut(offset + bs, block[bs..be], g, hmm, output);
        }
        else
        {
            for (int k = bs; k < be; k++) output.Add(offset + k, offset + k + 1);
        }
    }

    /// <summary>finalseg.cut: HMM over CJK runs, regex pieces for the rest.</summary>
    private static void HmmCut(int offset, ReadOnlySpan<char> s, in TGraph g, HmmModel hmm, TokenBuffer output)
    {
        int i = 0, n = s.Length;
        while (i < n)
        {
            int j = i;
            if (CharClass.IsCjk(s[i]))
            {
                while (j < n && CharClass.IsCjk(s[j])) j++;
                HmmDecode(offset + i, s[i..j], g, hmm, output);
            }
            else
            {
                while (j < n && !CharClass.IsCjk(s[j])) j++;
                SkipSplit(offset + i, s[i..j], output);
            }
            i = j;
        }
    }

    private static void HmmDecode(int offset, ReadOnlySpan<char> s, in TGraph g, HmmModel hmm, TokenBuffer output)
    {
        int n = s.Length;
        byte[]? rented = null;
        Span<byte> states = n <= 512 ? stackalloc byte[n] : (rented = ArrayPool<byte>.Shared.Rent(n));
        try
        {
            hmm.Decode(s, states);
            int begin = 0, nexti = 0;
            for (int i = 0; i < n; i++)
            {
                switch (states[i])
                {
                    case HmmModel.B: begin = i; break;
                    case HmmModel.E: EmitHmmWord(offset, s, begin, i + 1, g, output); nexti = i + 1; break;
                    case HmmModel.S: EmitHmmWord(offset, s, i, i + 1, g, output); nexti = i + 1; break;
                }
            }
            if (nexti < n) EmitHmmWord(offset, s, nexti, n, g, output);
        }
        finally
        {
            if (rented is not null) ArrayPool<byte>.Shared.Return(rented);
        }
    }

    private static void EmitHmmWord(int offset, ReadOnlySpan<char> s, int a, int b, in TGraph g, TokenBuffer output)
    {
        if (b - a > 1 && g.IsForceSplit(s[a..b]))
        {
            for (int k = a; k < b; k++) output.Add(offset + k, offset + k + 1);
        }
        else
        {
            output.Add(offset + a, offset + b);
        }
    }

    /// <summary>finalseg's re_skip split: ([a-zA-Z0-9]+(?:\.\d+)?%?) matches and the pieces between.</summary>
    private static void SkipSplit(int offset, ReadOnlySpan<char> s, TokenBuffer output)
    {
        int i = 0, n = s.Length, pending = 0;
        while (i < n)
        {
            if (!CharClass.IsAsciiAlnum(s[i]))
            {
                i++;
                continue;
            }
            int j = i;
            while (j < n && CharClass.IsAsciiAlnum(s[j])) j++;
            if (j + 1 < n && s[j] == '.' && CharClass.IsAsciiDigit(s[j + 1]))
            {
                j += 2;
                while (j < n && CharClass.IsAsciiDigit(s[j])) j++;
            }
            if (j < n && s[j] == '%') j++;
            if (i > pending) output.Add(offset + pending, offset + i);
            output.Add(offset + i, offset + j);
            pending = i = j;
        }
        if (n > pending) output.Add(offset + pending, offset + n);
    }

    /// <summary>jieba.cut(text, cut_all=True). Returns words with their start offsets.</summary>
    public static void CutAll(string text, in TGraph g, List<Token> output)
    {
        int i = 0, n = text.Length;
        while (i < n)
        {
            int j = i;
            if (CharClass.IsHan(text[i]))
            {
                while (j < n && CharClass.IsHan(text[j])) j++;
                CutAllHan(text, i, j, g, output);
            }
            else
            {
                while (j < n && !CharClass.IsHan(text[j])) j++;
                // re_skip split: whitespace separators alone, the runs between them whole.
                int k = i, run = i;
                while (k < j)
                {
                    char c = text[k];
                    int sep = c == '\r' && k + 1 < j && text[k + 1] == '\n' ? 2 : CharClass.IsSpace(c) ? 1 : 0;
                    if (sep == 0)
                    {
                        k++;
                        continue;
                    }
                    if (k > run) output.Add(new Token(text[run..k], run, k));
                    output.Add(new Token(text.Substring(k, sep), k, k + sep));
                    k += sep;
                    run = k;
                }
                if (j > run) output.Add(new Token(text[run..j], run, j));
            }
            i = j;
        }
    }

    private static void CutAllHan(string text, int start, int end, in TGraph g, List<Token> output)
    {
        var block = text.AsSpan(start, end - start);
        int n = block.Length;
        int max = Math.Max(g.MaxWordLength, 1);
        Span<int> ends = max <= 64 ? stackalloc int[64] : new int[max];
        Span<double> weights = max <= 64 ? stackalloc double[64] : new double[max];
        int oldEnd = 0; // old_j + 1
        bool engScan = false;
        System.Text.StringBuilder? engBuf = null;
        int engStart = 0, engEnd = 0;
        for (int k = 0; k < n; k++)
        {
            int count = g.WordsAt(block, k, ends, weights);
            if (count == 0)
            {
                ends[0] = k + 1;
                count = 1;
            }
            if (engScan && !CharClass.IsAsciiAlnum(block[k]))
            {
                engScan = false;
                output.Add(new Token(engBuf!.ToString(), start + engStart, start + engEnd));
            }
            if (count == 1 && k + 1 > oldEnd)
            {
                int e = ends[0];
                if (CharClass.IsAsciiAlnum(block[k]))
                {
                    if (!engScan)
                    {
                        engScan = true;
                        engBuf = new System.Text.StringBuilder();
                        engStart = k;
                    }
                    engBuf!.Append(block[k..e]);
                    engEnd = e;
                }
                if (!engScan) output.Add(new Token(block[k..e].ToString(), start + k, start + e));
                oldEnd = e;
            }
            else
            {
                for (int t = 0; t < count; t++)
                {
                    int e = ends[t];
                    if (e > k + 1)
                    {
                        output.Add(new Token(block[k..e].ToString(), start + k, start + e));
                        oldEnd = e;
                    }
                }
            }
        }
        if (engScan) output.Add(new Token(engBuf!.ToString(), start + engStart, start + engEnd));
    }

    /// <summary>Adds jieba's search-mode 2- and 3-grams (those in the dictionary) before each word.</summary>
    public static void ExpandForSearch(TokenBuffer words, in TGraph g, TokenBuffer output, string text)
    {
        var span = text.AsSpan();
        for (int t = 0; t < words.Count; t++)
        {
            int s = words.Starts[t], e = words.Ends[t], len = e - s;
            if (len > 2)
            {
                for (int i = 0; i < len - 1; i++)
                {
                    if (g.Frequency(span.Slice(s + i, 2)) > 0) output.Add(s + i, s + i + 2);
                }
            }
            if (len > 3)
            {
                for (int i = 0; i < len - 2; i++)
                {
                    if (g.Frequency(span.Slice(s + i, 3)) > 0) output.Add(s + i, s + i + 3);
                }
            }
            output.Add(s, e, words.Tags[t]);
        }
    }
}
