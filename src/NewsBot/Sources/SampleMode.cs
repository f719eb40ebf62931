namespace NewsBot.Sources;

/// <summary>
/// Whether this app runs the bundled sample newsroom, decided once by the app at start (see NewsBotApp) so no part of
/// it has to work the answer out again from the chat platforms' settings.
/// </summary>
public sealed record SampleMode(bool Runs);
