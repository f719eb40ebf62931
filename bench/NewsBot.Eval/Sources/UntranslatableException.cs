namespace NewsBot.Eval.Sources;

/// <summary>The expectation asks about something NewsBot does not model (encoding, language, itunes, ...).</summary>
internal sealed class UntranslatableException(string reason) : Exception(reason);
