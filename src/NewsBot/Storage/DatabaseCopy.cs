using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace NewsBot.Storage;

/// <summary>
/// Copies every row of one NewsBot database into another, empty one made by the same build: the way from SQLite to
/// PostgreSQL when one machine is no longer enough. Tables go in the order their foreign keys need, rows keep their
/// ids (links between rows, and ids admins have seen in reports, stay true), and the target's id sequences continue
/// after the highest copied id. The search index and the scheduler's tables are not copied: each instance rebuilds
/// them from the data on start.
/// </summary>
public sealed partial class DatabaseCopy(Func<NewsBotDbContext> openSource, Func<NewsBotDbContext> openTarget, ILogger logger)
{
    private const int BatchSize = 2_000;

    /// <summary>Copies everything; returns the rows copied per table, in the order copied.</summary>
    /// <exception cref="InvalidOperationException">The target already holds NewsBot data.</exception>
    public async Task<IReadOnlyList<(string Table, int Rows)>> CopyAsync(CancellationToken cancellationToken)
    {
        await using (var source = openSource())
        {
            await source.Database.MigrateAsync(cancellationToken);
        }

        List<IEntityType> tables;
        await using (var target = openTarget())
        {
            await target.Database.MigrateAsync(cancellationToken);
            if (await target.Sources.AnyAsync(cancellationToken) || await target.Subscribers.AnyAsync(cancellationToken)
                || await target.Articles.AnyAsync(cancellationToken) || await target.AdminAccounts.AnyAsync(cancellationToken))
            {
                throw new InvalidOperationException("the target database already holds NewsBot data; copy into a new, empty database.");
            }

            tables = InDependencyOrder(target.Model);
        }

        var copied = new List<(string, int)>();
        foreach (var table in tables)
        {
            var copy = typeof(DatabaseCopy).GetMethod(nameof(CopyTableAsync), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!
                .MakeGenericMethod(table.ClrType);
            var rows = await (Task<int>)copy.Invoke(this, [cancellationToken])!;
            var name = table.GetTableName() ?? table.ClrType.Name;
            LogCopied(logger, name, rows);
            copied.Add((name, rows));
        }

        await ContinueSequencesAsync(tables, cancellationToken);
        return copied;
    }

    private async Task<int> CopyTableAsync<TRow>(CancellationToken cancellationToken)
        where TRow : class
    {
        await using var source = openSource();
        var rows = 0;
        var batch = new List<TRow>(BatchSize);
        await foreach (var row in source.Set<TRow>().AsNoTracking().AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            batch.Add(row);
            if (batch.Count < BatchSize) continue;
            rows += await WriteAsync(batch, cancellationToken);
            batch.Clear();
        }

        if (batch.Count > 0) rows += await WriteAsync(batch, cancellationToken);
        return rows;
    }

    private async Task<int> WriteAsync<TRow>(List<TRow> batch, CancellationToken cancellationToken)
        where TRow : class
    {
        // A context per batch: the change tracker would otherwise hold every row of a million-row outbox.
        await using var target = openTarget();
        target.ChangeTracker.AutoDetectChangesEnabled = false;
        target.Set<TRow>().AddRange(batch);
        await target.SaveChangesAsync(cancellationToken);
        return batch.Count;
    }

    /// <summary>Ids were copied as they were, so each table's identity must go on after its highest one.</summary>
    private async Task ContinueSequencesAsync(List<IEntityType> tables, CancellationToken cancellationToken)
    {
        await using var target = openTarget();
        if (!target.Database.IsNpgsql()) return;
        foreach (var table in tables)
        {
            var key = table.FindPrimaryKey();
            if (key is not { Properties: [{ ValueGenerated: ValueGenerated.OnAdd } id] } || table.GetTableName() is not { } name) continue;
            var column = id.GetColumnName();
            // Names come from the model, not from input; setval(…, false) when empty makes the next id 1.
#pragma warning disable EF1002
            await target.Database.ExecuteSqlRawAsync($"""
                SELECT setval(pg_get_serial_sequence('"{name}"', '{column}'), coalesce(max("{column}"), 0) + 1, false) FROM "{name}"
                """, cancellationToken);
#pragma warning restore EF1002
        }
    }

    /// <summary>Every table after the tables its foreign keys point at.</summary>
    private static List<IEntityType> InDependencyOrder(IModel model)
    {
        var ordered = new List<IEntityType>();
        var placed = new HashSet<IEntityType>();
        void Place(IEntityType table)
        {
            if (!placed.Add(table)) return;
            foreach (var principal in table.GetForeignKeys().Select(fk => fk.PrincipalEntityType).Where(p => p != table)) Place(principal);
            ordered.Add(table);
        }

        foreach (var table in model.GetEntityTypes().Where(t => t.GetTableName() is not null && !t.IsOwned()).OrderBy(t => t.GetTableName(), StringComparer.Ordinal))
            Place(table);
        return ordered;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Copied {Rows} rows of {Table}")]
    private static partial void LogCopied(ILogger logger, string table, int rows);
}
