using System.Globalization;

namespace CampaignText.Segmentation.Hmm;

/// <summary>
/// jieba's finalseg model: a 4-state (B, M, E, S) HMM that segments runs of characters the dictionary
/// does not cover. Emission tables are dense per state, so decoding does no hashing.
/// </summary>
internal sealed class HmmModel
{
    // State order B, E, M, S: the alphabetical order jieba's tuple comparisons use to break ties.
    internal const int B = 0, E = 1, M = 2, S = 3;
    internal const double MinFloat = -3.14e100;

    private readonly double[] _start = new double[4];
    private readonly double[,] _trans = new double[4, 4];
    private readonly double[][] _emit = new double[4][];

    private HmmModel()
    {
        for (int s = 0; s < 4; s++)
        {
            _emit[s] = new double[65536];
            Array.Fill(_emit[s], MinFloat);
        }
        for (int a = 0; a < 4; a++)
            for (int b = 0; b < 4; b++)
                _trans[a, b] = MinFloat;
    }

    private static int StateIndex(string s) => s switch
    {
        "B" => B, "E" => E, "M" => M, "S" => S,
        _ => throw new FormatException($"unknown HMM state '{s}'"),
    };

    /// <summary>Loads the model from the hmm.tsv format written by scripts/jieba/convert_jieba.py.</summary>
    public static HmmModel Load(TextReader reader)
    {
        var m = new HmmModel();
        string? line;
        int lineNo = 0;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNo++;
            if (line.Length == 0) continue;
            var f = line.Split('\t');
            try
            {
                switch (f[0])
                {
                    case "start": m._start[StateIndex(f[1])] = Parse(f[2]); break;
                    case "trans": m._trans[StateIndex(f[1]), StateIndex(f[2])] = Parse(f[3]); break;
                    case "emit": m._emit[StateIndex(f[1])][int.Parse(f[2], NumberStyles.HexNumber, CultureInfo.InvariantCulture)] = Parse(f[3]); break;
                    default: throw new FormatException($"unknown record '{f[0]}'");
                }
            }
            catch (Exception ex) when (ex is FormatException or IndexOutOfRangeException or OverflowException)
            {
                throw new CampaignTextException($"invalid HMM model line: {ex.Message}", "hmm.tsv", lineNo, ex);
            }
        }
        return m;
    }

    private static double Parse(string s) => double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture);

    /// <summary>
    /// Viterbi decoding of <paramref name="obs"/>; writes one state per character into
    /// <paramref name="states"/>. Replicates jieba's arithmetic order and tie-breaking exactly.
    /// </summary>
    public void Decode(ReadOnlySpan<char> obs, Span<byte> states)
    {
        int n = obs.Length;
        if (n == 0) return;
        // back[t * 4 + y] = previous state chosen for state y at t.
        byte[]? rented = null;
        Span<byte> back = n * 4 <= 1024 ? stackalloc byte[n * 4] : (rented = System.Buffers.ArrayPool<byte>.Shared.Rent(n * 4));
        try
        {
            Span<double> v = stackalloc double[4];
            Span<double> nv = stackalloc double[4];
            char c0 = obs[0];
            for (int y = 0; y < 4; y++) v[y] = _start[y] + _emit[y][c0];

            for (int t = 1; t < n; t++)
            {
                char c = obs[t];
                // PrevStatus: B <- E,S ; M <- M,B ; S <- S,E ; E <- B,M. max over (prob, state) tuples:
                // on equal prob, the later state letter wins.
                nv[B] = Best(v, E, S, B, _emit[B][c], back, t);
                nv[M] = Best(v, B, M, M, _emit[M][c], back, t);
                nv[S] = Best(v, E, S, S, _emit[S][c], back, t);
                nv[E] = Best(v, B, M, E, _emit[E][c], back, t);
                nv.CopyTo(v);
            }

            // max((V[last][y], y) for y in 'ES')
            int state = v[S] >= v[E] ? S : E;
            for (int t = n - 1; t >= 0; t--)
            {
                states[t] = (byte)state;
                if (t > 0) state = back[t * 4 + state];
            }
        }
        finally
        {
            if (rented is not null) System.Buffers.ArrayPool<byte>.Shared.Return(rented);
        }
    }

    // p0 < p1 in state order, so p1 wins ties.
    private double Best(Span<double> v, int p0, int p1, int y, double em, Span<byte> back, int t)
    {
        double a = v[p0] + _trans[p0, y] + em;
        double b = v[p1] + _trans[p1, y] + em;
        if (b >= a)
        {
            back[t * 4 + y] = (byte)p1;
            return b;
        }
        back[t * 4 + y] = (byte)p0;
        return a;
    }
}
