namespace NewsBot.Chat;

/// <summary>Who may use a command, and what a sender is. Ordered: an owner may do everything an admin may.</summary>
public enum CommandAudience
{
    Everyone = 0,
    Admin = 1,
    Owner = 2,
}
