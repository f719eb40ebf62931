using NewsBot.Storage;

namespace NewsBot.Tests.Scheduling;

/// <summary>Quartz's own PostgreSQL script, as the migration runs it: split into single statements under our prefix.</summary>
public sealed class QuartzTablesTests
{
    [Fact]
    public void The_script_is_split_into_statements_that_each_create_something_under_the_prefix()
    {
        var statements = QuartzTables.PostgresStatements().ToList();

        Assert.True(statements.Count >= 11, $"{statements.Count} statements");
        Assert.All(statements, statement =>
        {
            Assert.DoesNotContain("--;;", statement, StringComparison.Ordinal);
            Assert.DoesNotContain("{0}", statement, StringComparison.Ordinal);
            Assert.Contains("CREATE", statement, StringComparison.OrdinalIgnoreCase);
        });
        Assert.Contains(statements, s => s.Contains("CREATE TABLE IF NOT EXISTS qrtz_locks", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(statements, s => s.Contains("CREATE TABLE IF NOT EXISTS qrtz_scheduler_state", StringComparison.OrdinalIgnoreCase));
    }
}
