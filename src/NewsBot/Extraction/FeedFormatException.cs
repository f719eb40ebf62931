namespace NewsBot.Extraction;

/// <summary>The bytes are not a feed we can read; the message says what was wrong, for the admin's source status.</summary>
public sealed class FeedFormatException : Exception
{
    public FeedFormatException(string message) : base(message) { }

    public FeedFormatException(string message, Exception innerException) : base(message, innerException) { }

    public FeedFormatException() { }
}
