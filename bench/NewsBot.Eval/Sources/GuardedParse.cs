using NewsBot.Extraction;

namespace NewsBot.Eval.Sources;

/// <summary>Runs one parse with a deadline, telling a clean refusal (FeedFormatException) from a crash or a hang.</summary>
internal static class GuardedParse
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(10);

    public static (ParsedFeed? Feed, string? Crash, bool Hung) Feed(byte[] bytes, string? contentType, Uri url) =>
        Run(() => new FeedParser().Parse(bytes, contentType, url));

    public static (T? Value, string? Crash, bool Hung) Run<T>(Func<T> work) where T : class
    {
        var task = Task.Run(() =>
        {
            try
            {
                return (Value: work(), Crash: (string?)null);
            }
            catch (FeedFormatException)
            {
                return (Value: (T?)null, Crash: (string?)null);
            }
            catch (Exception ex)
            {
                return (Value: (T?)null, Crash: $"{ex.GetType().Name}: {ex.Message}");
            }
        });
        return task.Wait(Deadline) ? (task.Result.Value, task.Result.Crash, false) : (null, null, true);
    }
}
