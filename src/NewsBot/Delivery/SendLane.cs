namespace NewsBot.Delivery;

/// <summary>
/// Who gets the next send slot when several wait: a person waiting for an answer first, then an admin's alert, then
/// the outbox (whose own queue already puts urgent notices ahead of news and digests).
/// </summary>
public enum SendLane
{
    Reply = 0,
    Alert = 1,
    Outbox = 2,
}
