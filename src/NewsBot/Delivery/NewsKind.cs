namespace NewsBot.Delivery;

/// <summary>What an outbox row carries, which decides how a channel lays it out.</summary>
public enum NewsKind
{
    /// <summary>A news article of a watched website: title, summary, link, hashtags.</summary>
    Article = 0,

    /// <summary>An admin's broadcast: the admin's own text under an announcement header, as typed.</summary>
    Broadcast = 1,

    /// <summary>An admin's urgent notice: the admin's text under a warning header.</summary>
    UrgentNotice = 2,
}
