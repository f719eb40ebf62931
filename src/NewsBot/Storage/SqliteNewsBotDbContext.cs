using Microsoft.EntityFrameworkCore;

namespace NewsBot.Storage;

/// <summary>The embedded default: one SQLite file, migrations under Storage/Migrations/Sqlite.</summary>
public sealed class SqliteNewsBotDbContext(DbContextOptions<SqliteNewsBotDbContext> options) : NewsBotDbContext(options);
