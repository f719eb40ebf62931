using NewsBot.Extraction;

namespace NewsBot.Sources;

/// <summary>The new articles read from one listing page.</summary>
/// <param name="Deferred">New links left for a later poll because the per-poll page budget was spent.</param>
/// <param name="Failed">New links whose page could not be fetched or read (now or before, still in backoff); tried again later.</param>
/// <param name="BackCatalogue">
/// Keys of items whose link was on the listing while the source's back catalogue was taken but whose page failed then:
/// read now, they are still back catalogue, not news.
/// </param>
/// <param name="GaveUp">Links given up in this poll after their last allowed attempt, with the reason, for the source's status.</param>
public sealed record ListingRead(
    IReadOnlyList<FeedItem> Items, int Deferred, int Failed, IReadOnlySet<string> BackCatalogue, IReadOnlyList<string> GaveUp)
{
    /// <summary>Every new link on the listing was stored (or given up): the listing's validators may be kept.</summary>
    public bool Complete => Deferred == 0 && Failed == 0;
}
