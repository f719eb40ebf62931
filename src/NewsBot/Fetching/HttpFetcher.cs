using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Options;

namespace NewsBot.Fetching;

/// <summary>
/// One polite conditional GET. Remote trouble of any kind becomes <see cref="FetchResult.Failed"/> with words an admin
/// understands; only cancellation by the caller's token is thrown, so one bad source never breaks a polling round.
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
            return new FetchResult.Failed(
                $"The request to {request.Url} timed out after {FormatSeconds(_options.Timeout)}; the server is slow or not answering.");
        }
        catch (HttpRequestException ex) when (FindRefusal(ex) is { } refusal)
        {
            return new FetchResult.Failed($"Refused to fetch {request.Url}: {refusal.Message}.");
        }
        catch (HttpRequestException ex)
        {
            return new FetchResult.Failed($"Could not fetch {request.Url}: {ex.Message}");
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException)
        {
            // A connection reset mid-body or a corrupt gzip stream: the server's fault, not ours.
            return new FetchResult.Failed($"The response from {request.Url} was cut off or corrupt: {ex.Message}");
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
        var status = (int)response.StatusCode;
        if (response.StatusCode == HttpStatusCode.NotModified) return new FetchResult.NotModified();
        if (response.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable)
        {
            var retryAfter = RetryAfterOf(response.Headers.RetryAfter);
            var wish = retryAfter is { } after ? $"; it asks us to retry after {FormatSeconds(after)}" : "";
            return new FetchResult.Failed($"HTTP {status} {response.ReasonPhrase} from {request.Url}{wish}.", retryAfter);
        }

        if (!response.IsSuccessStatusCode)
            return new FetchResult.Failed($"HTTP {status} {response.ReasonPhrase} from {request.Url}.");

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
        new($"The response from {request.Url} is larger than the {_options.MaxBodyBytes} byte limit ({detail}); " +
            "raise Fetching:MaxBodyBytes if this source is really that big.");

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

    private static PrivateAddressRefusedException? FindRefusal(Exception? exception)
    {
        for (; exception is not null; exception = exception.InnerException)
        {
            if (exception is PrivateAddressRefusedException refusal) return refusal;
        }

        return null;
    }

    private static string FormatSeconds(TimeSpan span) =>
        string.Create(CultureInfo.InvariantCulture, $"{span.TotalSeconds:0.###} s");
}
