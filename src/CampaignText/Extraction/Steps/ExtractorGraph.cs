namespace CampaignText.Extraction.Steps;

/// <summary>
/// The extractor steps in an order computed from what each reads: a step runs after the producer of every kind
/// it reads and, for a revised read, after the kind's revisers. Built once; <see cref="Plan"/> gives the steps a
/// set of kinds needs, with their inputs, in that order.
/// </summary>
internal sealed class ExtractorGraph
{
    private readonly Dictionary<MentionKind, ExtractorStep> producers = [];
    private readonly Dictionary<MentionKind, List<ExtractorStep>> revisers = [];

    /// <summary>Orders <paramref name="steps"/>; among steps free to run, the declared order is kept.</summary>
    /// <exception cref="InvalidOperationException">
    /// Two steps produce one kind, a step reads or revises a kind no step produces, or the reads form a cycle
    /// (the message names the steps around it).
    /// </exception>
    public ExtractorGraph(IReadOnlyList<ExtractorStep> steps)
    {
        foreach (var s in steps)
        {
            foreach (var k in s.Produces)
            {
                if (!producers.TryAdd(k, s)) throw new InvalidOperationException($"extractor steps {producers[k].Name} and {s.Name} both produce {k.ToName()} mentions");
            }
        }
        foreach (var s in steps)
        {
            foreach (var k in s.Revises)
            {
                if (!producers.ContainsKey(k)) throw new InvalidOperationException($"extractor step {s.Name} revises {k.ToName()} mentions, which no step produces");
                if (!revisers.TryGetValue(k, out var list)) revisers[k] = list = [];
                list.Add(s);
            }
            foreach (var k in s.Reads.Concat(s.ReadsUnrevised))
            {
                if (!producers.ContainsKey(k)) throw new InvalidOperationException($"extractor step {s.Name} reads {k.ToName()} mentions, which no step produces");
            }
        }
        Order = Sort(steps);
    }

    /// <summary>Every step, each after the steps it depends on.</summary>
    public IReadOnlyList<ExtractorStep> Order { get; }

    /// <summary>The steps <paramref name="s"/> must run after.</summary>
    public IEnumerable<ExtractorStep> DependenciesOf(ExtractorStep s)
    {
        var seen = new HashSet<ExtractorStep>();
        foreach (var k in s.Reads)
        {
            if (seen.Add(producers[k])) yield return producers[k];
            if (!revisers.TryGetValue(k, out var rs)) continue;
            foreach (var r in rs)
            {
                if (r != s && seen.Add(r)) yield return r;
            }
        }
        foreach (var k in s.ReadsUnrevised.Concat(s.Revises))
        {
            if (seen.Add(producers[k])) yield return producers[k];
        }
    }

    /// <summary>
    /// The steps that finding <paramref name="kinds"/> takes (all when null): their producers and revisers and,
    /// transitively, what those read; in <see cref="Order"/>.
    /// </summary>
    public IReadOnlyList<ExtractorStep> Plan(IReadOnlyCollection<MentionKind>? kinds)
    {
        if (kinds is null) return Order;
        var needed = new HashSet<ExtractorStep>();
        var stack = new Stack<ExtractorStep>();
        void Need(ExtractorStep s)
        {
            if (needed.Add(s)) stack.Push(s);
        }
        foreach (var k in kinds)
        {
            if (producers.TryGetValue(k, out var p)) Need(p);
            if (revisers.TryGetValue(k, out var rs)) foreach (var r in rs) Need(r);
        }
        while (stack.Count > 0)
        {
            foreach (var d in DependenciesOf(stack.Pop())) Need(d);
        }
        return Order.Where(needed.Contains).ToArray();
    }

    private ExtractorStep[] Sort(IReadOnlyList<ExtractorStep> steps)
    {
        var order = new List<ExtractorStep>(steps.Count);
        var done = new HashSet<ExtractorStep>();
        while (order.Count < steps.Count)
        {
            var next = steps.FirstOrDefault(s => !done.Contains(s) && DependenciesOf(s).All(done.Contains));
            if (next is null) throw new InvalidOperationException("extractor steps read each other in a cycle: " + Cycle(steps.Where(s => !done.Contains(s)).ToList()));
            order.Add(next);
            done.Add(next);
        }
        return order.ToArray();
    }

    /// <summary>One cycle among <paramref name="left"/> (steps none of which can run), as "a → b → a".</summary>
    private string Cycle(List<ExtractorStep> left)
    {
        var path = new List<ExtractorStep>();
        var s = left[0];
        while (!path.Contains(s))
        {
            path.Add(s);
            s = DependenciesOf(s).First(left.Contains);
        }
        // Reversed, so that each step is followed by a step that reads it.
        return string.Join(" → ", path.Skip(path.IndexOf(s)).Append(s).Select(x => x.Name).Reverse());
    }
}
