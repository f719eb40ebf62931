namespace NewsBot.Storage;

/// <summary>Which database NewsBot keeps its data in (Storage:Provider).</summary>
public enum StorageProvider
{
    /// <summary>One file beside the bot, no server: the default, for one instance.</summary>
    Sqlite,

    /// <summary>A PostgreSQL server, shared by several instances.</summary>
    Postgres,
}
