namespace NewsBot.Chat;

/// <summary>
/// A place held in one chat's line of outgoing messages (see <see cref="ReplyQueue"/>): what goes out in this place
/// waits for <see cref="Previous"/>, and whatever is queued later waits for <see cref="Done"/>.
/// </summary>
public sealed record ReplyPlace(string ChatKey, Task Previous)
{
    public TaskCompletionSource Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}
