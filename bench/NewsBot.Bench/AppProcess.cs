namespace NewsBot.Bench;

/// <summary>
/// A child process of the webhook benchmark: the real app, built exactly as Program.cs builds it, with its settings as
/// command-line arguments. It prints where it listens, then serves until it is killed.
/// </summary>
public static class AppProcess
{
    public static async Task<int> RunAsync(string[] args)
    {
        await using var app = NewsBotApp.Build(args);
        await app.StartAsync();
        Console.WriteLine($"READY {app.Urls.First()}");
        await app.WaitForShutdownAsync();
        return 0;
    }
}
