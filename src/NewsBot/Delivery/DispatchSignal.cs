namespace NewsBot.Delivery;

/// <summary>
/// Wakes a running dispatcher when new rows were planned, so an urgent notice planned in the middle of a long
/// broadcast is claimed at once instead of after the rows already queued. Its own type so the app holds exactly one.
/// </summary>
public sealed class DispatchSignal : WakeSignal;
