namespace NewsBot.Bench;

/// <summary>The child process of the crash test: recover claims like the app does on start, then dispatch until done.</summary>
public static class DispatchProcess
{
    public static async Task<int> RunAsync(string[] args)
    {
        var (databasePath, botApiUrl, rate) = (args[0], args[1], int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture));
        await using var bot = new BotUnderBench(databasePath, botApiUrl, rate, paidBroadcast: false);
        await bot.Recovery.StartAsync(CancellationToken.None);
        Console.WriteLine("DISPATCHING");
        var summary = await bot.Dispatcher.DispatchDueAsync(CancellationToken.None);
        Console.WriteLine($"DONE {summary.Sent}");
        return 0;
    }
}
