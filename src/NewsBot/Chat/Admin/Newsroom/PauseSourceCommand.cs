namespace NewsBot.Chat.Admin.Newsroom;

/// <summary>/jedasumber 3: stops polling a source (a site under maintenance) without losing its state or articles.</summary>
public sealed class PauseSourceCommand : IChatCommand
{
    private static readonly Localized Paused = new(
        "⏸ Sumber #{0} {1} dijeda: tidak diambil sampai /lanjutsumber {0}.",
        "⏸ Source #{0} {1} is paused: it is not fetched until /resumesource {0}.");

    private static readonly Localized AlreadyPaused = new(
        "Sumber #{0} {1} sudah dijeda. Lanjutkan: /lanjutsumber {0}", "Source #{0} {1} is already paused. Resume: /resumesource {0}");

    public CommandDescriptor Descriptor { get; } = new(
        "jedasumber", "pausesource", new("Jeda pengambilan satu sumber", "Pause fetching one source"), CommandAudience.Admin,
        new("<no>", "<no>"), InMenu: false);

    public async Task<ChatReply> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var (source, problem) = await SourceArgument.FindAsync(context, Descriptor, cancellationToken);
        if (source is null) return problem!;
        if (!source.IsEnabled) return new ChatReply(context.Format(AlreadyPaused, source.Id, source.Name));

        source.IsEnabled = false;
        await context.Db.SaveChangesAsync(cancellationToken);
        return new ChatReply(context.Format(Paused, source.Id, source.Name));
    }
}
