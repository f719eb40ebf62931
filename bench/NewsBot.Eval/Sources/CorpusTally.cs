using System.Diagnostics;

namespace NewsBot.Eval.Sources;

/// <summary>Counts for one corpus: what ran, what passed, what crashed or hung, and how long it took.</summary>
internal sealed class CorpusTally(string name)
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    public string Name { get; } = name;
    public int Run { get; set; }
    public int Passed { get; set; }
    public int Crashed { get; set; }
    public int Hung { get; set; }
    public List<string> Notes { get; } = [];
    public List<string> Failures { get; } = [];

    public void Print()
    {
        Console.WriteLine($"{Name,-28} cases {Run,5}  passed {Passed,5}  crashed {Crashed,3}  hung {Hung,3}  time {_clock.Elapsed.TotalSeconds,6:0.00} s");
        foreach (var note in Notes) Console.WriteLine($"    {note}");
    }
}
