namespace NewsBot.Chat.Admin.Newsroom;

/// <summary>/lanjutsumber 3: polls a paused source again, starting at the next polling round.</summary>
public sealed class ResumeSourceCommand(TimeProvider time) : IChatCommand
{
    private static readonly Localized Resumed = new(
        "▶️ Sumber #{0} {1} dilanjutkan dan segera diambil.", "▶️ Source #{0} {1} is resumed and will be fetched shortly.");

    private static readonly Localized NotPaused = new(
        "Sumber #{0} {1} tidak sedang dijeda.", "Source #{0} {1} is not paused.");

    public CommandDescriptor Descriptor { get; } = new(
        "lanjutsumber", "resumesource", new("Lanjutkan pengambilan sumber yang dijeda", "Resume a paused source"), CommandAudience.Admin,
        new("<no>", "<no>"), InMenu: false);

    public async Task<ChatReply> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var (source, problem) = await SourceArgument.FindAsync(context, Descriptor, cancellationToken);
        if (source is null) return problem!;
        if (source.IsEnabled) return new ChatReply(context.Format(NotPaused, source.Id, source.Name));

        source.IsEnabled = true;
        // Due at once; the articles published during the pause are recognised by their dates, not flooded (OldItemGrace).
        source.NextCheckUtc = time.GetUtcNow().UtcDateTime;
        await context.Db.SaveChangesAsync(cancellationToken);
        return new ChatReply(context.Format(Resumed, source.Id, source.Name));
    }
}
