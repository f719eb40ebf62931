namespace NewsBot.Chat;

/// <summary>The commands NewsBot understands, whatever the language or channel they were typed in.</summary>
public enum CommandName
{
    Unknown = 0,
    Start,
    Help,
    Topics,
    Subscribe,
    Unsubscribe,
    MySubscriptions,
    Latest,
    Language,
}
