using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using NewsBot.Storage;
using NewsBot.Summaries;

namespace NewsBot.Delivery.WhatsApp;

/// <summary>
/// Sends news through the WhatsApp Cloud API. Inside the user's 24-hour window the news goes as text; outside it only
/// an approved template may go, so it goes as the configured news template, or waits for the user to write again
/// (with one re-engagement template to invite them). A free-form message outside the window is never attempted.
/// </summary>
public sealed partial class WhatsAppChannel(
    WhatsAppClient client,
    WhatsAppDeliveryStore store,
    WhatsAppErrorMapper errors,
    IOptions<WhatsAppOptions> options,
    ExtractiveSummarizer summarizer,
    IOptions<SummaryOptions> summaries,
    TimeProvider time,
    ILogger<WhatsAppChannel> logger) : IMessageChannel
{
    /// <summary>Meta's window is 24 h; a little is kept back so a message sent at the edge is not refused in flight.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromHours(24) - TimeSpan.FromMinutes(5);

    // A broadcast sends one article to many chats: shorten its summary once.
    private readonly ConcurrentDictionary<long, string> shortened = new();

    public ChannelKind Kind => ChannelKind.WhatsApp;

    public async Task<SendOutcome> SendAsync(NewsMessage message, CancellationToken cancellationToken)
    {
        message = message with { Summary = Shorten(message) };
        var recipient = await store.GetRecipientAsync(message.ChatId, cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        if (recipient.LastInboundUtc is { } lastInbound && now - lastInbound < Window)
        {
            var text = message.Digest is { } digest ? Digests.DigestFormatter.ForWhatsApp(digest, message.Language) : WhatsAppNewsFormatter.Format(message);
            var result = await client.SendTextAsync(message.ChatId, text, previewUrl: true, cancellationToken);
            if (result.Error is not { Code: WhatsAppError.WindowClosed }) return await FinishAsync(message, result, cancellationToken);

            // Our record of the window and Meta's disagree: Meta decides.
            LogWindowClosedByMeta(logger, message.ChatId);
            await store.CloseWindowAsync(message.ChatId, cancellationToken);
            recipient = recipient with { LastInboundUtc = null };
        }

        return await SendOutsideWindowAsync(message, recipient, cancellationToken);
    }

    private async Task<SendOutcome> SendOutsideWindowAsync(
        NewsMessage message, WhatsAppRecipientState recipient, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var template = settings.NewsTemplate;
        if (template.IsConfigured)
        {
            var parameters = WhatsAppNewsFormatter.TemplateParameters(message, template.ParametersOr(WhatsAppOptions.DefaultNewsParameters));
            var result = await client.SendTemplateAsync(
                message.ChatId, template.Name!, template.LanguageFor(message.Language), parameters, cancellationToken);
            return await FinishAsync(message, result, cancellationToken);
        }

        var hold = new SendOutcome.Deferred(
            "Outside the 24-hour window and no WhatsApp:NewsTemplate is configured; held until the user writes again.",
            settings.HoldOutsideWindow);
        var reengagement = settings.ReengagementTemplate;
        var alreadyInvited = recipient.ReengagementSentUtc is { } invited && (recipient.LastInboundUtc is null || invited > recipient.LastInboundUtc);
        if (!reengagement.IsConfigured || alreadyInvited) return hold;

        var invitation = await client.SendTemplateAsync(
            message.ChatId, reengagement.Name!, reengagement.LanguageFor(message.Language),
            WhatsAppNewsFormatter.TemplateParameters(message, reengagement.Parameters), cancellationToken);
        if (!invitation.Accepted) return errors.Translate(message.ChatId, invitation.Error!);

        await store.MarkReengagedAsync(message.ChatId, cancellationToken);
        LogReengaged(logger, message.ChatId);
        return hold;
    }

    private async Task<SendOutcome> FinishAsync(NewsMessage message, WhatsAppSendResult result, CancellationToken cancellationToken)
    {
        if (!result.Accepted) return errors.Translate(message.ChatId, result.Error!);

        errors.Succeeded(message.ChatId);
        try
        {
            await store.RecordSentAsync(message.ArticleId, message.ChatId, result.MessageId!, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The message went out; losing the link to later status reports must not make it look unsent.
            LogWamidNotRecorded(logger, ex, message.ChatId);
        }

        return new SendOutcome.Sent();
    }

    /// <summary>WhatsApp is read on small screens: the summary keeps its best sentences within Summaries:WhatsAppMaxChars.</summary>
    private string Shorten(NewsMessage message)
    {
        var budget = summaries.Value.BudgetFor(ChannelKind.WhatsApp);
        // An admin's broadcast is their own words, every one of which may matter: it is never summarised. A digest's
        // summary is its list of titles, already short, and must not be cached as the article's summary.
        if (message.Kind != NewsKind.Article || message.Digest is not null || message.Summary.Length <= budget) return message.Summary;
        if (message.ArticleId == 0) return summarizer.Summarize(message.Title, message.Summary, budget);
        if (shortened.Count > 1_000) shortened.Clear();
        return shortened.GetOrAdd(message.ArticleId, _ => summarizer.Summarize(message.Title, message.Summary, budget));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "WhatsApp says the window of chat {ChatId} is closed; switching to a template")]
    private static partial void LogWindowClosedByMeta(ILogger logger, string chatId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Sent the re-engagement template to WhatsApp chat {ChatId}; news is held until they write")]
    private static partial void LogReengaged(ILogger logger, string chatId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not record the wamid of a message to WhatsApp chat {ChatId}")]
    private static partial void LogWamidNotRecorded(ILogger logger, Exception exception, string chatId);
}
