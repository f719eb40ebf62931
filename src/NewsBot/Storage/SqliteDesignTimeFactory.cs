using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace NewsBot.Storage;

/// <summary>Lets `dotnet ef migrations add` build the SQLite context without starting the app.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteNewsBotDbContext>
{
    public SqliteNewsBotDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteNewsBotDbContext>().UseSqlite("Data Source=design-time.db").Options);
}
