using Microsoft.EntityFrameworkCore;

namespace NewsBot.Storage;

/// <summary>Hands out the provider's context as the shared base type, so services never name a provider.</summary>
public sealed class TypedDbContextFactory<TContext>(IDbContextFactory<TContext> inner) : IDbContextFactory<NewsBotDbContext>
    where TContext : NewsBotDbContext
{
    public NewsBotDbContext CreateDbContext() => inner.CreateDbContext();
}
