using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace NewsBot.Storage;

/// <summary>Lets `dotnet ef migrations add` build the PostgreSQL context without starting the app or a server.</summary>
public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresNewsBotDbContext>
{
    public PostgresNewsBotDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresNewsBotDbContext>().UseNpgsql("Host=127.0.0.1;Database=newsbot_design").Options);
}
