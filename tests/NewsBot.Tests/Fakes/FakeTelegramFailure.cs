using System.Text.Json.Nodes;

namespace NewsBot.Tests.Fakes;

/// <summary>A failure the fake answers a send with, worded exactly as the Bot API server words it.</summary>
public sealed class FakeTelegramFailure
{
    private readonly Func<JsonObject?>? _parameters;

    private FakeTelegramFailure(string name, int errorCode, string description, Func<JsonObject?>? parameters = null)
    {
        Name = name;
        ErrorCode = errorCode;
        Description = description;
        _parameters = parameters;
    }

    /// <summary>Flood control: 429 with <c>parameters.retry_after</c>.</summary>
    public static FakeTelegramFailure TooManyRequests(int retryAfterSeconds) => new(
        nameof(TooManyRequests),
        429,
        $"Too Many Requests: retry after {retryAfterSeconds}",
        () => new JsonObject { ["retry_after"] = retryAfterSeconds });

    public static FakeTelegramFailure BlockedByUser { get; } =
        new(nameof(BlockedByUser), 403, "Forbidden: bot was blocked by the user");

    public static FakeTelegramFailure ChatNotFound { get; } =
        new(nameof(ChatNotFound), 400, "Bad Request: chat not found");

    /// <summary>The group became a supergroup: 400 with <c>parameters.migrate_to_chat_id</c>.</summary>
    public static FakeTelegramFailure MigrateToSupergroup(long newChatId) => new(
        nameof(MigrateToSupergroup),
        400,
        "Bad Request: group chat was upgraded to a supergroup chat",
        () => new JsonObject { ["migrate_to_chat_id"] = newChatId });

    public static FakeTelegramFailure ServerError { get; } =
        new(nameof(ServerError), 500, "Internal Server Error");

    /// <summary>The connection is dropped without any response, as a network failure would.</summary>
    public static FakeTelegramFailure ConnectionReset { get; } = new(nameof(ConnectionReset), 0, "connection reset");

    public string Name { get; }

    /// <summary>The <c>error_code</c>; 0 for <see cref="ConnectionReset"/>, which sends nothing.</summary>
    public int ErrorCode { get; }

    public string Description { get; }

    internal bool AbortsConnection => ErrorCode == 0;

    /// <summary>A fresh object each time, as JSON nodes can belong to one parent only.</summary>
    internal JsonObject? Parameters() => _parameters?.Invoke();

    public override string ToString() => $"{Name} ({ErrorCode} {Description})";
}
