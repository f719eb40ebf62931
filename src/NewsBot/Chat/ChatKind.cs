namespace NewsBot.Chat;

/// <summary>Where a command was typed: a one-to-one chat, a group, or a channel the bot posts in.</summary>
public enum ChatKind
{
    Private = 0,
    Group,
    Channel,
}
