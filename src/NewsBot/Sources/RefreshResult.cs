using NewsBot.Fetching;

namespace NewsBot.Sources;

/// <summary>What one refresh of a source did; <paramref name="Problem"/> is why it failed, if it did.</summary>
public sealed record RefreshResult(int NewArticles, int PlannedDeliveries, FetchProblem? Problem, int UpdatedArticles = 0)
{
    public static RefreshResult Unchanged { get; } = new(0, 0, null);

    public static RefreshResult Failure(FetchProblem problem) => new(0, 0, problem);
}
