using NewsBot.Extraction;

namespace NewsBot.Eval.Sources;

/// <summary>feedparser's result dictionary as far as NewsBot models it: titles, links, ids, dates, tags, content.</summary>
internal static class FeedparserView
{
    public static Func<string, object?> Names(ParsedFeed? feed, bool expectsBozo) => name => name switch
    {
        "bozo" when expectsBozo => throw new UntranslatableException("NewsBot reads leniently, so it has no bozo flag to set"),
        "bozo" => feed is null,
        "feed" => new Mapping(key => FeedKey(feed, key)),
        "entries" => feed?.Items.Select(item => (object?)new Mapping(key => EntryKey(item, key))).ToList() ?? [],
        _ => throw new UntranslatableException($"'{name}' is not modelled"),
    };

    private static object? FeedKey(ParsedFeed? feed, string key) => key switch
    {
        "title" => Text(feed?.Title),
        "title_detail" => new Mapping(k => k == "value" ? Text(feed?.Title) : throw new UntranslatableException($"title_detail.{k}")),
        "link" => feed?.Link is { } link ? new UrlValue(link) : Missing.Value,
        _ => throw new UntranslatableException($"feed.{key} is not modelled"),
    };

    private static object? EntryKey(FeedItem item, string key) => key switch
    {
        "title" => Text(item.Title),
        "title_detail" => Detail(item.Title, key),
        "link" => item.Link is { } link ? new UrlValue(link) : Missing.Value,
        "id" or "guid" => item.Id ?? (object)Missing.Value,
        "description" or "summary" => Text(item.SummaryHtml ?? item.ContentHtml),
        "summary_detail" => Detail(item.SummaryHtml ?? item.ContentHtml, key),
        "content" => item.ContentHtml is { } html ? new List<object?> { Detail(html, key) } : Missing.Value,
        "tags" => item.Categories.Select(c => (object?)new Mapping(k => k == "term" ? c : throw new UntranslatableException($"tags.{k}"))).ToList(),
        "author" => Text(item.Author),
        "published_parsed" or "issued_parsed" => item.PublishedUtc is { } p ? new DateValue(p) : Missing.Value,
        "updated_parsed" or "modified_parsed" => (item.UpdatedUtc ?? item.PublishedUtc) is { } u ? new DateValue(u) : Missing.Value,
        _ => throw new UntranslatableException($"entries[].{key} is not modelled"),
    };

    private static object Text(string? value) => value is null ? Missing.Value : new TextValue(value);

    private static Mapping Detail(string? value, string parent) =>
        new(k => k == "value" ? Text(value) : throw new UntranslatableException($"{parent}.{k} is not modelled"));

    private sealed class Mapping(Func<string, object?> get) : IPyMapping
    {
        public object? Get(string key) => get(key);
    }
}
