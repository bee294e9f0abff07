using System.Globalization;

namespace CampaignText.Segmentation.Pos;

/// <summary>
/// jieba.posseg's HMM over (position, tag) states, used to segment and tag runs of characters the
/// dictionary does not cover. States are numbered in the order of python's tuple comparison so that
/// ties break exactly as jieba's <c>max()</c> does.
/// </summary>
internal sealed class PosModel
{
    private const double MinFloat = -3.14e100;

    private readonly char[] _statePos;
    private readonly string[] _stateTag;
    private readonly double[] _start;
    private readonly int[][] _next;          // successors of each state
    private readonly double[] _trans;        // dense [from * n + to], -inf when absent
    private readonly Dictionary<char, (int[] States, double[] Values)> _emitByChar;
    private readonly Dictionary<char, int[]> _charStates;
    private readonly int[] _allStates;

    private PosModel(char[] pos, string[] tag, double[] start, int[][] next, double[] trans, Dictionary<int, double> emit, Dictionary<char, int[]> charStates)
    {
        _statePos = pos;
        _stateTag = tag;
        _start = start;
        _next = next;
        _trans = trans;
        _emitByChar = emit
            .GroupBy(static kv => (char)(kv.Key & 0xFFFF))
            .ToDictionary(
                static g => g.Key,
                static g => (g.Select(static kv => kv.Key >> 16).ToArray(), g.Select(static kv => kv.Value).ToArray()));
        _charStates = charStates;
        _allStates = Enumerable.Range(0, pos.Length).ToArray();
    }

    /// <summary>Loads pos_hmm.tsv as written by scripts/jieba/convert_jieba.py.</summary>
    public static PosModel Load(TextReader reader)
    {
        var lines = new List<string[]>();
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            if (line.Length > 0) lines.Add(line.Split('\t'));
        }
        var names = lines.Where(f => f[0] == "state").Select(f => f[1]).ToList();
        names.Sort((a, b) =>
        {
            var (pa, ta) = SplitState(a);
            var (pb, tb) = SplitState(b);
            int c = string.CompareOrdinal(pa, pb);
            return c != 0 ? c : string.CompareOrdinal(ta, tb);
        });
        var id = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < names.Count; i++) id[names[i]] = i;
        int n = names.Count;
        var pos = new char[n];
        var tag = new string[n];
        for (int i = 0; i < n; i++)
        {
            var (p, t) = SplitState(names[i]);
            pos[i] = p[0];
            tag[i] = string.Intern(t);
        }
        var start = new double[n];
        var trans = new double[n * n];
        Array.Fill(trans, double.NegativeInfinity);
        var next = new List<int>[n];
        for (int i = 0; i < n; i++) next[i] = [];
        var emit = new Dictionary<int, double>();
        var charStates = new Dictionary<char, int[]>();
        foreach (var f in lines)
        {
            switch (f[0])
            {
                case "state": break;
                case "start": start[id[f[1]]] = Parse(f[2]); break;
                case "trans":
                    {
                        int a = id[f[1]], b = id[f[2]];
                        trans[a * n + b] = Parse(f[3]);
                        next[a].Add(b);
                        break;
                    }
                case "emit": emit[(id[f[1]] << 16) | Hex(f[2])] = Parse(f[3]); break;
                case "chars": charStates[(char)Hex(f[1])] = f[2].Split(' ').Select(s => id[s]).ToArray(); break;
                default: throw new CampaignTextException($"unknown record '{f[0]}'", "pos_hmm.tsv");
            }
        }
        return new PosModel(pos, tag, start, next.Select(l => l.ToArray()).ToArray(), trans, emit, charStates);
    }

    private static (string Pos, string Tag) SplitState(string s)
    {
        int dash = s.IndexOf('-', StringComparison.Ordinal);
        return (s[..dash], s[(dash + 1)..]);
    }

    private static double Parse(string s) => double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static int Hex(string s) => int.Parse(s, NumberStyles.HexNumber, CultureInfo.InvariantCulture);

    // Emission log probabilities of one character: the states that can emit it and their values. A
    // decoding step spreads them into a dense row (MinFloat elsewhere, as jieba's default) and clears
    // them after.
    private void LoadEmissions(char c, double[] row, List<int> touched)
    {
        if (!_emitByChar.TryGetValue(c, out var e)) return;
        for (int k = 0; k < e.States.Length; k++)
        {
            row[e.States[k]] = e.Values[k];
            touched.Add(e.States[k]);
        }
    }

    private static void ClearEmissions(double[] row, List<int> touched)
    {
        foreach (int y in touched) row[y] = MinFloat;
        touched.Clear();
    }

    /// <summary>Position letter (B, M, E, S) of a state.</summary>
    public char Position(int state) => _statePos[state];

    /// <summary>Tag of a state.</summary>
    public string Tag(int state) => _stateTag[state];

    /// <summary>Viterbi decoding as jieba.posseg.viterbi does it; returns one state per character.</summary>
    /// <remarks>
    /// The states of every step and their back pointers live in flat per-thread buffers, so a call
    /// allocates only its result.
    /// </remarks>
    public int[] Decode(ReadOnlySpan<char> obs)
    {
        int n = _statePos.Length;
        int len = obs.Length;
        var route = new int[len];
        if (len == 0) return route;

        var w = t_scratch ??= new Scratch();
        w.Reset(n, len);
        // Per step t: the states assigned (keys of mem_path[t]) are states[offset[t]..offset[t+1]],
        // with their back pointers in back[] at the same indexes.
        var states = w.States;
        var back = w.Back;
        var offset = w.Offset;
        var v = w.V;
        var nv = w.Nv;
        var expect = w.Expect;
        var seen = w.Seen;
        var prev = w.Prev;

        var emRow = w.EmitRow;
        var touched = w.Touched;
        LoadEmissions(obs[0], emRow, touched);
        int[] first = _charStates.TryGetValue(obs[0], out var fs) ? fs : _allStates;
        foreach (int y in first)
        {
            v[y] = _start[y] + emRow[y];
            states.Add(y);
            back.Add(0);
        }
        offset[0] = 0;
        offset[1] = states.Count;
        ClearEmissions(emRow, touched);

        for (int t = 1; t < len; t++)
        {
            prev.Clear();
            for (int k = offset[t - 1]; k < offset[t]; k++)
            {
                int x = states[k];
                if (_next[x].Length > 0) prev.Add(x);
            }
            Array.Clear(expect, 0, n);
            bool anyExpect = false;
            foreach (int x in prev)
            {
                foreach (int y in _next[x]) { expect[y] = true; anyExpect = true; }
            }

            int stepStart = states.Count;
            if (_charStates.TryGetValue(obs[t], out var cs))
            {
                foreach (int y in cs)
                {
                    if (expect[y] && seen[y] != t)
                    {
                        seen[y] = t;
                        states.Add(y);
                    }
                }
            }
            else if (anyExpect)
            {
                for (int y = 0; y < n; y++) if (expect[y]) states.Add(y);
            }
            if (states.Count == stepStart)
            {
                if (anyExpect) { for (int y = 0; y < n; y++) if (expect[y]) states.Add(y); }
                else states.AddRange(_allStates);
            }

            LoadEmissions(obs[t], emRow, touched);
            for (int k = stepStart; k < states.Count; k++)
            {
                int y = states[k];
                double em = emRow[y];
                double best = double.NaN;
                int bestState = -1;
                foreach (int y0 in prev)
                {
                    double p = v[y0] + _trans[y0 * n + y] + em;
                    if (bestState < 0 || p > best || (p == best && y0 > bestState))
                    {
                        best = p;
                        bestState = y0;
                    }
                }
                nv[y] = best;
                back.Add(bestState);
            }
            for (int k = stepStart; k < states.Count; k++) v[states[k]] = nv[states[k]];
            offset[t + 1] = states.Count;
            ClearEmissions(emRow, touched);
        }

        int state = -1;
        double bestLast = double.NaN;
        for (int k = offset[len - 1]; k < offset[len]; k++)
        {
            int y = states[k];
            if (state < 0 || v[y] > bestLast || (v[y] == bestLast && y > state))
            {
                bestLast = v[y];
                state = y;
            }
        }
        for (int t = len - 1; t >= 0; t--)
        {
            route[t] = state;
            if (t == 0) break;
            int idx = -1;
            for (int k = offset[t]; k < offset[t + 1]; k++)
            {
                if (states[k] == state) { idx = k; break; }
            }
            state = back[idx];
            if (state < 0) state = states[offset[t - 1]]; // jieba would fail here; keep going
        }
        return route;
    }

    [ThreadStatic]
    private static Scratch? t_scratch;

    /// <summary>Per-thread buffers of <see cref="Decode"/>, grown as needed and reused.</summary>
    private sealed class Scratch
    {
        public List<int> States { get; } = [];
        public List<int> Back { get; } = [];
        public List<int> Prev { get; } = [];
        public int[] Offset { get; private set; } = [];
        public double[] V { get; private set; } = [];
        public double[] Nv { get; private set; } = [];
        public bool[] Expect { get; private set; } = [];
        public int[] Seen { get; private set; } = [];
        public double[] EmitRow { get; private set; } = [];
        public List<int> Touched { get; } = [];

        public void Reset(int stateCount, int length)
        {
            States.Clear();
            Back.Clear();
            Prev.Clear();
            foreach (int y in Touched) EmitRow[y] = MinFloat; // left set only if a decode was interrupted
            Touched.Clear();
            if (Offset.Length < length + 1) Offset = new int[Math.Max(length + 1, Offset.Length * 2)];
            if (V.Length < stateCount)
            {
                V = new double[stateCount];
                Nv = new double[stateCount];
                Expect = new bool[stateCount];
                Seen = new int[stateCount];
                EmitRow = new double[stateCount];
                Array.Fill(EmitRow, MinFloat);
            }
            // v keeps no values between calls: jieba starts every decode with fresh tables.
            Array.Clear(V, 0, stateCount);
            Array.Fill(Seen, -1, 0, stateCount);
        }
    }
}
