using NewsBot.Fetching;

namespace NewsBot.Extraction;

/// <summary>
/// The bytes are not a feed we can read. The kind tells an admin whether it is something else altogether (NotAFeed) or
/// a feed too broken to read (Unreadable); the message says exactly what was wrong, for the log.
/// </summary>
public sealed class FeedFormatException : Exception
{
    public FeedFormatException(string message) : base(message) { }

    public FeedFormatException(string message, Exception innerException) : base(message, innerException) { }

    public FeedFormatException(FetchProblemKind kind, string message) : base(message) => Kind = kind;

    public FeedFormatException() { }

    public FetchProblemKind Kind { get; } = FetchProblemKind.Unreadable;

    public FetchProblem Problem => new(Kind, Message);
}
