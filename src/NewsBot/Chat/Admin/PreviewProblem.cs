namespace NewsBot.Chat.Admin;

/// <summary>Why a URL could not be previewed, each with its own advice to the admin.</summary>
public enum PreviewProblem
{
    Unreachable,
    PrivateAddress,
    TooBig,
    NotAnArticle,
}
