namespace NewsBot.Fetching;

public sealed class HttpFetcher(HttpClient http)
{
    public Task<FetchResult> FetchAsync(FetchRequest request, CancellationToken cancellationToken)
    {
        _ = http;
        throw new NotImplementedException("placeholder until the fetching work lands");
    }
}
