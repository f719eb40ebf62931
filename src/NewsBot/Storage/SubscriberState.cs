namespace NewsBot.Storage;

public enum SubscriberState
{
    Active = 0,

    /// <summary>The channel told us this chat cannot be reached (blocked the bot, deleted account, kicked).</summary>
    Inactive = 1,
}
