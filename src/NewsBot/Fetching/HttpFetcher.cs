using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Options;

namespace NewsBot.Fetching;

/// <summary>
/// One polite conditional GET. Remote trouble of any kind becomes <see cref="FetchResult.Failed"/> with the kind of
/// problem an admin is told and the technical detail for the log; only cancellation by the caller's token is thrown, so
/// one bad source never breaks a polling round.
/// </summary>
public sealed class HttpFetcher(HttpClient http, IOptions<FetchingOptions> options, TimeProvider timeProvider)
{
    private const string Accept =
        "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, text/html;q=0.8, */*;q=0.5";

    private readonly FetchingOptions _options = options.Value;

    public async Task<FetchResult> FetchAsync(FetchRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var timeout = new CancellationTokenSource(_options.Timeout, timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            using var message = CreateRequest(request);
            using var response = await http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, linked.Token);
            return await InterpretAsync(request, response, linked.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new FetchResult.Failed(FetchProblemClassifier.Timeout(request.Url, FormatSeconds(_options.Timeout)));
        }
        catch (Exception ex) when (ex is not OperationCanceledException && FetchProblemClassifier.FromException(ex, request.Url) is { } problem)
        {
            // Refused, unreachable, reset mid-body, a corrupt gzip stream: the remote side's trouble, not ours. A cancellation
            // by the caller is not, though it may wrap the IOException of the connection it closed.
            return new FetchResult.Failed(problem);
        }
    }

    private HttpRequestMessage CreateRequest(FetchRequest request)
    {
        var message = new HttpRequestMessage(HttpMethod.Get, request.Url);
        message.Headers.TryAddWithoutValidation("User-Agent", _options.UserAgent);
        message.Headers.TryAddWithoutValidation("Accept", Accept);
        if (!string.IsNullOrEmpty(request.ETag)) message.Headers.TryAddWithoutValidation("If-None-Match", request.ETag);
        if (!string.IsNullOrEmpty(request.LastModified))
            message.Headers.TryAddWithoutValidation("If-Modified-Since", request.LastModified);
        return message;
    }

    private async Task<FetchResult> InterpretAsync(FetchRequest request, HttpResponseMessage response, CancellationToken token)
    {
        if (response.StatusCode == HttpStatusCode.NotModified) return new FetchResult.NotModified();
        if (response.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable)
        {
            var retryAfter = RetryAfterOf(response.Headers.RetryAfter);
            var wish = retryAfter is { } after ? $"; it asks us to retry after {FormatSeconds(after)}" : "";
            return new FetchResult.Failed(FetchProblemClassifier.FromStatus(response, request.Url, _options.MaxRedirects, wish), retryAfter);
        }

        if (!response.IsSuccessStatusCode)
            return new FetchResult.Failed(FetchProblemClassifier.FromStatus(response, request.Url, _options.MaxRedirects));

        var declared = response.Content.Headers.ContentLength;
        if (declared > _options.MaxBodyBytes)
            return TooLarge(request, $"{declared} bytes declared");

        var body = await CappedBody.ReadAsync(response.Content, _options.MaxBodyBytes, token);
        if (body is null) return TooLarge(request, "more than that received");

        return new FetchResult.Fetched(
            body,
            response.Content.Headers.ContentType?.ToString(),
            response.Headers.ETag?.ToString(),
            response.Content.Headers.LastModified?.ToString("R", CultureInfo.InvariantCulture),
            response.RequestMessage?.RequestUri ?? request.Url);
    }

    private FetchResult.Failed TooLarge(FetchRequest request, string detail) =>
        new(FetchProblemClassifier.TooLarge(request.Url, _options.MaxBodyBytes, detail));

    private TimeSpan? RetryAfterOf(RetryConditionHeaderValue? header)
    {
        if (header?.Delta is { } delta) return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        if (header?.Date is { } date)
        {
            var wait = date - timeProvider.GetUtcNow();
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }

        return null;
    }

    private static string FormatSeconds(TimeSpan span) =>
        string.Create(CultureInfo.InvariantCulture, $"{span.TotalSeconds:0.###} s");
}
