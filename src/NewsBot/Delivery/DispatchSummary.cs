namespace NewsBot.Delivery;

/// <summary>Counts of one dispatch run, for logs and the admin.</summary>
public sealed record DispatchSummary(int Sent, int Retrying, int Failed, int Cancelled)
{
    public static DispatchSummary Empty { get; } = new(0, 0, 0, 0);

    public int Total => Sent + Retrying + Failed + Cancelled;

    public DispatchSummary Add(DispatchSummary other) =>
        new(Sent + other.Sent, Retrying + other.Retrying, Failed + other.Failed, Cancelled + other.Cancelled);
}
