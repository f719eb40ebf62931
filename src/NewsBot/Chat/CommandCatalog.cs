namespace NewsBot.Chat;

/// <summary>Every command the bot knows, found by any of its names, and the lists a sender may see.</summary>
public sealed class CommandCatalog
{
    private readonly Dictionary<string, IChatCommand> byName = new(StringComparer.OrdinalIgnoreCase);

    public CommandCatalog(IEnumerable<IChatCommand> commands)
    {
        All = [.. commands.OrderBy(c => c.Descriptor.Audience).ThenBy(c => Order(c.Descriptor)).ThenBy(c => c.Descriptor.Indonesian, StringComparer.Ordinal)];
        foreach (var command in All)
        {
            foreach (var name in command.Descriptor.Names)
            {
                if (!byName.TryAdd(name, command))
                {
                    throw new InvalidOperationException(
                        $"The command name '{name}' is claimed by both {byName[name].GetType().Name} and {command.GetType().Name}.");
                }
            }
        }
    }

    public IReadOnlyList<IChatCommand> All { get; }

    public IChatCommand? Find(string word) => byName.GetValueOrDefault(word);

    /// <summary>The commands a sender of <paramref name="role"/> may use; an admin's list includes the citizens' commands.</summary>
    public IReadOnlyList<CommandDescriptor> AvailableTo(CommandAudience role) =>
        [.. All.Select(c => c.Descriptor).Where(d => d.Audience <= role)];

    /// <summary>Citizens' everyday commands first, in the order a newcomer needs them; the rest alphabetically.</summary>
    private static int Order(CommandDescriptor descriptor)
    {
        var index = Array.IndexOf(EverydayOrder, descriptor.Indonesian);
        return index < 0 ? EverydayOrder.Length : index;
    }

    private static readonly string[] EverydayOrder = ["start", "bantuan", "topik", "langganan", "berhenti", "langgananku", "terbaru"];
}
