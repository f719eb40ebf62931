namespace NewsBot.Tests.Support;

/// <summary>A path for a SQLite file that is removed (with its WAL files) when the test ends.</summary>
public sealed class TempFile : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"newsbot-e2e-{Guid.NewGuid():N}.db");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in new[] { Path, Path + "-wal", Path + "-shm" })
        {
            if (File.Exists(file)) File.Delete(file);
        }
    }
}
