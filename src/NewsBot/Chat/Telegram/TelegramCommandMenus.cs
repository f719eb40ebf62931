using System.Globalization;
using Microsoft.EntityFrameworkCore;
using NewsBot.Chat.Admin.Staff;
using NewsBot.Chat.Admin;
using NewsBot.Storage;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace NewsBot.Chat.Telegram;

/// <summary>
/// The "/" menus Telegram shows: the citizens' commands for everyone (Indonesian by default, English for English
/// apps), and for each owner and admin, in their private chat only, the same plus the admin commands. Citizens never
/// see an admin command offered. Without a Telegram connection there is nothing to publish. The commands are passed
/// in (the catalog's, or a command's own list) because the admin commands that refresh menus are part of the catalog.
/// </summary>
public sealed partial class TelegramCommandMenus(
    AdminDirectory admins,
    IDbContextFactory<NewsBotDbContext> contexts,
    ILogger<TelegramCommandMenus> logger,
    ITelegramBotClient? bot = null)
{
    public async Task PublishAllAsync(IReadOnlyList<CommandDescriptor> commands, CancellationToken cancellationToken)
    {
        if (bot is null) return;
        await bot.SetMyCommands(Menu(commands, CommandAudience.Everyone, "id"), cancellationToken: cancellationToken);
        await bot.SetMyCommands(Menu(commands, CommandAudience.Everyone, "en"), languageCode: "en", cancellationToken: cancellationToken);

        IReadOnlyList<StaffMember> staff;
        await using (var db = contexts.CreateDbContext())
        {
            staff = await admins.StaffAsync(db, ChannelKind.Telegram, cancellationToken);
        }

        foreach (var member in staff) await ShowStaffMenuAsync(member.UserId, member.Role, commands, cancellationToken);
    }

    /// <summary>Gives <paramref name="userId"/>'s private chat the menu of <paramref name="role"/>, in both languages.</summary>
    public async Task ShowStaffMenuAsync(
        string userId, CommandAudience role, IReadOnlyList<CommandDescriptor> commands, CancellationToken cancellationToken)
    {
        if (bot is null || !long.TryParse(userId, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var chatId)) return;
        try
        {
            var scope = BotCommandScope.Chat(chatId);
            await bot.SetMyCommands(Menu(commands, role, "id"), scope, cancellationToken: cancellationToken);
            await bot.SetMyCommands(Menu(commands, role, "en"), scope, languageCode: "en", cancellationToken: cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Typically "chat not found": the admin never opened a chat with the bot. Their commands work all the same.
            LogStaffMenuFailed(logger, ex, userId);
        }
    }

    /// <summary>Takes the admin menu away from a removed admin, who then sees the citizens' menu again.</summary>
    public async Task HideStaffMenuAsync(string userId, CancellationToken cancellationToken)
    {
        if (bot is null || !long.TryParse(userId, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var chatId)) return;
        try
        {
            var scope = BotCommandScope.Chat(chatId);
            await bot.DeleteMyCommands(scope, cancellationToken: cancellationToken);
            await bot.DeleteMyCommands(scope, languageCode: "en", cancellationToken: cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogStaffMenuFailed(logger, ex, userId);
        }
    }

    /// <summary>The menu commands a sender of <paramref name="role"/> may use, named and described in <paramref name="language"/>.</summary>
    private static IEnumerable<BotCommand> Menu(IReadOnlyList<CommandDescriptor> commands, CommandAudience role, string language) =>
        commands.Where(d => d.InMenu && d.Audience <= role)
            .Select(d => new BotCommand(d.NameIn(language), d.Description.In(language)));

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not update the Telegram command menu of admin {ChatId}")]
    private static partial void LogStaffMenuFailed(ILogger logger, Exception exception, string chatId);
}
