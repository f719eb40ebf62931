using System.Diagnostics;

namespace NewsBot.Eval.Sources;

/// <summary>
/// Counts for one corpus: what ran, what passed, what crashed or hung, and how long it took; printed as one row of the
/// sources table. A column a runner does not know stays null and prints as "-".
/// </summary>
internal sealed class CorpusTally(string name)
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    public string Name { get; } = name;
    public int Run { get; set; }
    public int Passed { get; set; }
    public int Crashed { get; set; }
    public int Hung { get; set; }

    /// <summary>Cases the pass rate is taken over, when not every case run is scored (untranslatable checks); null: all.</summary>
    public int? Scored { get; set; }

    /// <summary>Pages that gave no article text at all.</summary>
    public int? Empty { get; set; }

    /// <summary>Mean body F1 of an extraction corpus; null for corpora scored by pass rate.</summary>
    public double? F1 { get; set; }

    /// <summary>Feeds refused although the corpus says they should be read.</summary>
    public int? RefusedValid { get; set; }

    /// <summary>Feeds read only after a repair (control characters, undeclared prefixes, mismatched end tags).</summary>
    public int? Repairs { get; set; }

    public List<string> Notes { get; } = [];
    public List<string> Failures { get; } = [];

    public static void PrintHeader()
    {
        Console.WriteLine($"{"corpus",-28} {"cases",6} {"exceptions",10} {"empty",6} {"score",-15} {"refused",7} {"repairs",7} {"time",8}");
    }

    public void Print()
    {
        var score = F1 is { } f1 ? $"F1 {f1:0.000}" : $"pass {100.0 * Passed / Math.Max(1, Scored ?? Run):0.0}%";
        Console.WriteLine($"{Name,-28} {Run,6} {Crashed + Hung,10} {Show(Empty),6} {score,-15} {Show(RefusedValid),7} {Show(Repairs),7} {_clock.Elapsed.TotalSeconds,6:0.0} s");
        if (Hung > 0) Console.WriteLine($"    of the exceptions, {Hung} hung past the deadline");
        foreach (var note in Notes) Console.WriteLine($"    {note}");
    }

    private static string Show(int? count) => count?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-";
}
