namespace NewsBot.Extraction;

/// <summary>
/// A slip in a feed that had to be mended before it could be read. The strict XML read comes first; these are made
/// only when it fails (control characters written as references excepted: XML's own reader lets those through), so a
/// repaired feed is one its publisher would want to hear about.
/// </summary>
public enum FeedRepair
{
    /// <summary>C0 control characters XML 1.0 forbids (0x01, 0x08, 0x1B ...), raw or as references such as &amp;#x08;, removed.</summary>
    ControlCharacters,

    /// <summary>An XML declaration that is not at the very start (after a comment or a blank line) removed.</summary>
    MisplacedDeclaration,

    /// <summary>A bare "&amp;" (usually in a link's query string) read as an escaped one.</summary>
    BareAmpersands,

    /// <summary>A reference to an entity nobody declared (&amp;kominfo;) kept as the text it was.</summary>
    UndeclaredEntities,

    /// <summary>A hexadecimal reference written with a capital X (&amp;#X41;), as HTML allows.</summary>
    CapitalHexReferences,

    /// <summary>A prefix used without its xmlns declaration (atom:link, content:encoded) bound to its usual namespace.</summary>
    UndeclaredPrefixes,

    /// <summary>An end tag that does not match the open element (&lt;language&gt;...&lt;/langauge&gt;), read as closing it.</summary>
    MismatchedEndTags,

    /// <summary>Elements left open at the end of the document closed; a truncated last item is dropped rather than half read.</summary>
    UnclosedElements,

    /// <summary>A "&lt;" that starts no tag ("a &lt; b" in a title) read as text.</summary>
    StrayLessThan,
}
