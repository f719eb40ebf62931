using NewsBot.Storage;

namespace NewsBot.Tests.Support;

/// <summary>Small builders for rows the tests need.</summary>
public static class Seed
{
    public static readonly DateTime Now = new(2026, 11, 29, 8, 0, 0, DateTimeKind.Utc);

    public static Source Source(NewsBotDbContext db, string url = "https://demakkab.go.id/feed")
    {
        var source = new Source { Name = "Demak", Url = url, CreatedUtc = Now, NextCheckUtc = Now, BaselineTaken = true };
        db.Sources.Add(source);
        db.SaveChanges();
        return source;
    }

    public static Article Article(NewsBotDbContext db, Source source, string title, params string[] tags)
    {
        var article = new Article
        {
            SourceId = source.Id,
            ItemKey = Guid.NewGuid().ToString("N"),
            Url = $"https://demakkab.go.id/berita/{Guid.NewGuid():N}",
            Title = title,
            Summary = $"Ringkasan {title}.",
            PublishedUtc = Now,
            FirstSeenUtc = Now,
            Tags = tags.Select(t => new ArticleTag { Tag = t }).ToList(),
        };
        db.Articles.Add(article);
        db.SaveChanges();
        return article;
    }

    public static Subscriber Subscriber(
        NewsBotDbContext db, string chatId, ChannelKind channel = ChannelKind.Telegram,
        SubscriberState state = SubscriberState.Active, params string[] tags)
    {
        var subscriber = new Subscriber
        {
            Channel = channel,
            ChatId = chatId,
            State = state,
            CreatedUtc = Now,
            UpdatedUtc = Now,
            Tags = tags.Select(t => new SubscriberTag { Tag = t }).ToList(),
        };
        db.Subscribers.Add(subscriber);
        db.SaveChanges();
        return subscriber;
    }
}
