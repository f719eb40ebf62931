using NewsBot.Delivery.Telegram;
using NewsBot.Storage;

namespace NewsBot.Delivery;

/// <summary>
/// Prints news to standard output: the channel NewsBot uses before it has a Telegram token, so a new user sees the whole
/// pipeline work. The text is the plain twin of the Telegram message.
/// </summary>
public sealed class ConsoleChannel(TextWriter output) : IMessageChannel
{
    private readonly Lock gate = new();

    public ChannelKind Kind => ChannelKind.Console;

    public Task<SendOutcome> SendAsync(NewsMessage message, CancellationToken cancellationToken)
    {
        var (_, plain) = TelegramNewsFormatter.Format(message);
        lock (gate)
        {
            output.WriteLine();
            output.WriteLine($"──── 📰 to {message.ChatId} " + new string('─', 40));
            output.WriteLine(plain);
            output.WriteLine(new string('─', 60));
            output.Flush();
        }

        return Task.FromResult<SendOutcome>(new SendOutcome.Sent());
    }
}
