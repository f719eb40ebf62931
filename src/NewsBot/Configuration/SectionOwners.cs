namespace NewsBot.Configuration;

/// <summary>
/// Which options types bind to which configuration section. Two may share one (the Telegram section feeds both the
/// Telegram client and the newsroom channels), so a key is unknown only when none of them has it.
/// </summary>
public sealed class SectionOwners
{
    private readonly Dictionary<string, List<Type>> owners = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The one instance of a service collection, kept in it so every AddXxx registers into the same map.</summary>
    public static SectionOwners For(IServiceCollection services)
    {
        if (services.FirstOrDefault(d => d.ServiceType == typeof(SectionOwners))?.ImplementationInstance is SectionOwners existing)
            return existing;
        var created = new SectionOwners();
        services.AddSingleton(created);
        return created;
    }

    public void Add(string section, Type type)
    {
        lock (owners)
        {
            if (!owners.TryGetValue(section, out var types)) owners[section] = types = [];
            if (!types.Contains(type)) types.Add(type);
        }
    }

    public IReadOnlyCollection<Type> Of(string section)
    {
        lock (owners) return owners.TryGetValue(section, out var types) ? [.. types] : [];
    }
}
