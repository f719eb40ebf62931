namespace NewsBot.Storage;

public enum SourceKind
{
    /// <summary>RSS, Atom or JSON Feed, detected from the content.</summary>
    Feed = 0,

    /// <summary>A WordPress site read through its REST API (/wp-json/wp/v2/posts?_embed): tags and images included.</summary>
    WordPress = 1,

    /// <summary>
    /// An HTML listing page (home page, "Berita" index) whose article links are followed; each new article page's main
    /// content is extracted. For sites with neither a feed nor a WordPress API.
    /// </summary>
    HtmlListing = 2,

    /// <summary>
    /// The built-in home of admins' broadcasts and urgent notices: never polled, and its articles carry no topics, so
    /// citizens never see it as a source of news topics.
    /// </summary>
    Broadcast = 3,
}
