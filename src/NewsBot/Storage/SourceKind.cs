namespace NewsBot.Storage;

public enum SourceKind
{
    /// <summary>RSS or Atom, detected from the content.</summary>
    Feed = 0,
}
