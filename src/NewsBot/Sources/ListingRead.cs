using NewsBot.Extraction;

namespace NewsBot.Sources;

/// <summary>The new articles read from one listing page.</summary>
/// <param name="Deferred">New links left for a later poll because the per-poll page budget was spent.</param>
/// <param name="Failed">New links whose page could not be fetched or read; tried again next poll.</param>
public sealed record ListingRead(IReadOnlyList<FeedItem> Items, int Deferred, int Failed)
{
    /// <summary>Every new link on the listing was stored: the listing's validators may be kept.</summary>
    public bool Complete => Deferred == 0 && Failed == 0;
}
