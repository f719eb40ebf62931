namespace NewsBot.Storage;

public enum SourceKind
{
    /// <summary>RSS, Atom or JSON Feed, detected from the content.</summary>
    Feed = 0,

    /// <summary>A WordPress site read through its REST API (/wp-json/wp/v2/posts?_embed): tags and images included.</summary>
    WordPress = 1,

    /// <summary>
    /// The built-in home of admins' broadcasts and urgent notices: never polled, and its articles carry no topics, so
    /// citizens never see it as a source of news topics.
    /// </summary>
    Broadcast = 2,
}
