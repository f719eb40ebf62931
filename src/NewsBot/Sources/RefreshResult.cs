namespace NewsBot.Sources;

/// <summary>What one refresh of a source did.</summary>
public sealed record RefreshResult(int NewArticles, int PlannedDeliveries, string? Error, int UpdatedArticles = 0)
{
    public static RefreshResult Unchanged { get; } = new(0, 0, null);

    public static RefreshResult Failure(string error) => new(0, 0, error);
}
