using Microsoft.Extensions.Options;
using NewsBot.Storage;

namespace NewsBot.Delivery;

/// <summary>
/// One <see cref="ChannelRateLimiter"/> per channel, living as long as the app so the pace survives between rounds.
/// The app registers it on the real clock whatever clock the rest of the app runs on: a platform counts real seconds.
/// </summary>
public sealed class ChannelRateLimiters(IOptions<DeliveryOptions> options, TimeProvider time) : IAsyncDisposable
{
    /// <summary>The clock the limits are kept in; waits for a turn or a pause are measured on it.</summary>
    public TimeProvider Clock => time;

    private readonly ChannelRateLimiter telegram = new(options.Value.Telegram, time);
    private readonly ChannelRateLimiter whatsApp = new(options.Value.WhatsApp, time);
    private readonly ChannelRateLimiter console = new(options.Value.Console, time);

    public ChannelRateLimiter For(ChannelKind channel) => channel switch
    {
        ChannelKind.Telegram => telegram,
        ChannelKind.WhatsApp => whatsApp,
        _ => console,
    };

    public async ValueTask DisposeAsync()
    {
        await telegram.DisposeAsync();
        await whatsApp.DisposeAsync();
        await console.DisposeAsync();
    }
}
