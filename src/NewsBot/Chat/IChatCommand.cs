namespace NewsBot.Chat;

/// <summary>
/// One chat command. Every implementation in the assembly is registered and listed by the <see cref="CommandCatalog"/>,
/// so adding a command is adding one file.
/// </summary>
public interface IChatCommand
{
    CommandDescriptor Descriptor { get; }

    Task<ChatReply> ExecuteAsync(CommandContext context, CancellationToken cancellationToken);
}
