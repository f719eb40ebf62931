using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using NewsBot.Storage;

namespace NewsBot.Chat.Citizens;

/// <summary>/dataku: everything the bot holds about this chat, so that nobody has to take our word for it.</summary>
public sealed class MyDataCommand : IChatCommand
{
    private static readonly Localized Nothing = new(
        "Kami tidak menyimpan data apa pun tentang chat ini.", "We hold no data about this chat.");
    private static readonly Localized Header = new("Data yang kami simpan tentang chat ini:", "The data we hold about this chat:");
    private static readonly Localized Channel = new("Saluran", "Channel");
    private static readonly Localized ChatId = new("ID chat", "Chat id");
    private static readonly Localized LanguageName = new("Bahasa", "Language");
    private static readonly Localized Topics = new("Topik", "Topics");
    private static readonly Localized NoTopics = new("tidak ada", "none");
    private static readonly Localized AllTopics = new("Semua topik (kanal redaksi)", "All topics (newsroom channel)");
    private static readonly Localized Yes = new("ya", "yes");
    private static readonly Localized Mode = new("Cara kirim", "Delivery");
    private static readonly Localized Instant = new("langsung", "instant");
    private static readonly Localized Digest = new("ringkasan harian pukul {0} {1}", "daily digest at {0} {1}");
    private static readonly Localized Quiet = new("Jam senyap", "Quiet hours");
    private static readonly Localized State = new("Status", "Status");
    private static readonly Localized Active = new("aktif", "active");
    private static readonly Localized Stopped = new("tidak aktif (pengiriman terakhir gagal)", "inactive (the last delivery failed)");
    private static readonly Localized Since = new("Terdaftar sejak", "Registered since");
    private static readonly Localized Sent = new("Berita terkirim", "News messages sent");
    private static readonly Localized Inbound = new("Pesan masuk yang masih disimpan (paling lama 2 hari)", "Incoming messages still stored (2 days at most)");
    private static readonly Localized Erase = new("Hapus semua data ini: /hapusdata", "Erase all of it: /deletemydata");

    public CommandDescriptor Descriptor { get; } = new(
        "dataku", "mydata", new("Data Anda yang kami simpan", "The data we hold about you"), InMenu: false);

    public async Task<ChatReply> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var command = context.Command;
        var subscriber = context.Subscriber;
        var inbound = (await ChatDataEraser.WhatsAppItemsAsync(context.Db, command.Channel, command.ChatId, cancellationToken)).Count;
        if (subscriber is null && inbound == 0) return new ChatReply(context.Text(Nothing));

        var text = new StringBuilder(context.Text(Header)).Append('\n');
        void Line(Localized label, object value) => text.Append(CultureInfo.InvariantCulture, $"• {context.Text(label)}: {value}\n");

        Line(Channel, command.Channel);
        Line(ChatId, command.ChatId);
        if (subscriber is not null)
        {
            var tags = subscriber.Tags.Select(t => t.Tag).Order(StringComparer.Ordinal).ToList();
            var sent = await context.Db.Deliveries.CountAsync(d => d.SubscriberId == subscriber.Id && d.Status == DeliveryStatus.Sent, cancellationToken);
            Line(LanguageName, subscriber.Language);
            Line(Topics, tags.Count == 0 ? context.Text(NoTopics) : string.Join(", ", tags));
            if (subscriber.AllTopics) Line(AllTopics, context.Text(Yes));
            Line(Mode, subscriber.DailyDigest
                ? context.Format(Digest, subscriber.DigestTime.ToString("HH:mm", CultureInfo.InvariantCulture), subscriber.TimeZone)
                : context.Text(Instant));
            if (subscriber is { QuietFrom: { } from, QuietUntil: { } until })
            {
                Line(Quiet, $"{from:HH:mm}-{until:HH:mm} {subscriber.TimeZone}");
            }

            Line(State, context.Text(subscriber.State == SubscriberState.Active ? Active : Stopped));
            Line(Since, subscriber.CreatedUtc.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            Line(Sent, sent);
        }

        if (inbound > 0) Line(Inbound, inbound);
        return new ChatReply(text.Append('\n').Append(context.Text(Erase)).ToString());
    }
}
