namespace NewsBot.Delivery;

/// <summary>Where the deliveries of an article (or of a period) stand; what the admin's statistics show.</summary>
/// <param name="Stopped">Kept back because an admin stopped the broadcast (/hentikansiaran).</param>
public sealed record DeliveryCounts(int Planned, int Sent, int Failed, int Waiting, int Cancelled, int Stopped = 0)
{
    public static DeliveryCounts Empty { get; } = new(0, 0, 0, 0, 0);
}
