using System.Text;

namespace NewsBot.Chat.Citizens;

/// <summary>/bantuan: exactly the commands the asking chat may use, in its language, with the other language's names.</summary>
public sealed class HelpCommand : IChatCommand
{
    private static readonly Localized Header = new("Perintah NewsBot:", "NewsBot commands:");
    private static readonly Localized AdminHeader = new("Perintah admin:", "Admin commands:");
    private static readonly Localized OtherLanguage = new("Perintah dalam bahasa Inggris juga bisa:", "Indonesian commands work too:");

    public CommandDescriptor Descriptor { get; } = new("bantuan", "help", new("Daftar perintah", "List of commands"));

    public Task<ChatReply> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var language = context.Language;
        var text = new StringBuilder(context.Text(Header)).Append('\n');
        var adminStarted = false;
        foreach (var command in context.AvailableCommands)
        {
            if (command.Audience != CommandAudience.Everyone && !adminStarted)
            {
                text.Append('\n').Append(context.Text(AdminHeader)).Append('\n');
                adminStarted = true;
            }

            text.Append('/').Append(command.NameIn(language));
            var usage = command.Usage.In(language);
            if (!string.IsNullOrEmpty(usage)) text.Append(' ').Append(usage);
            text.Append(" — ").Append(command.Description.In(language)).Append('\n');
        }

        var others = context.AvailableCommands
            .Select(c => language == "en" ? c.Indonesian : c.English)
            .Where(name => context.AvailableCommands.All(c => c.NameIn(language) != name))
            .Distinct()
            .Select(name => "/" + name);
        text.Append('\n').Append(context.Text(OtherLanguage)).Append(' ').Append(string.Join(' ', others));
        return Task.FromResult(new ChatReply(text.ToString()));
    }
}
