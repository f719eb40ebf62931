using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace NewsBot.Storage;

/// <summary>
/// The production database for several instances: PostgreSQL, migrations under Storage/Migrations/Postgres.
/// </summary>
public sealed class PostgresNewsBotDbContext(DbContextOptions<PostgresNewsBotDbContext> options) : NewsBotDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Every time in the model is UTC ("…Utc"), stored as timestamptz. Npgsql refuses to write a DateTime whose Kind
        // is not Utc there; times built from dates or parsed from text carry Kind Unspecified although they are UTC, so
        // the kind is set on the way in (and on the way out, for symmetry with what SQLite hands back).
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
    }

    private sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
        value => DateTime.SpecifyKind(value, DateTimeKind.Utc),
        value => DateTime.SpecifyKind(value, DateTimeKind.Utc));
}
