namespace NewsBot.Tests.Fakes;

/// <summary>An article the test publishes on <see cref="FakeNewsSite"/>; <see cref="Description"/> defaults to an excerpt.</summary>
public sealed record FakeArticle(
    string Slug, string Title, string BodyHtml, string[] Tags, DateTimeOffset Published, string? Description = null);
