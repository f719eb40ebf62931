namespace NewsBot.Fetching;

/// <summary>
/// Why a source or a page could not be read: the <paramref name="Kind"/> is what admins are told, in their language
/// (<see cref="FetchProblemWording"/>); the <paramref name="Detail"/> is the technical account, in English, for the log.
/// </summary>
/// <param name="Status">The HTTP status, when the server answered with one.</param>
public sealed record FetchProblem(FetchProblemKind Kind, string Detail, int? Status = null)
{
    public override string ToString() => Detail;
}
