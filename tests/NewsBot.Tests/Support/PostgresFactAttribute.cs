namespace NewsBot.Tests.Support;

/// <summary>
/// A test of what only PostgreSQL offers (several instances on one database). It runs in the PostgreSQL pass of the
/// suite (`.ci/run` starts a server and sets NEWSBOT_TEST_POSTGRES); on SQLite it is skipped with that reason.
/// </summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (!TestPostgres.IsUsed) Skip = $"needs a PostgreSQL server: set {TestPostgres.Variable} (see docs/scaling.md); .ci/run does";
    }
}
