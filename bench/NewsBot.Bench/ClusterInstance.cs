using System.Collections.Concurrent;
using System.Diagnostics;

namespace NewsBot.Bench;

/// <summary>
/// One NewsBot instance of a cluster: the real app (this program's "app" verb) on PostgreSQL in a process of its own,
/// its output read all along (a full pipe would stall it) and kept for "who sends now".
/// </summary>
public sealed class ClusterInstance : IDisposable
{
    public const string SenderLine = "now sends for every account";

    private readonly ConcurrentQueue<string> lines = new();

    private ClusterInstance(Process process, string name)
    {
        Process = process;
        Name = name;
        Memory = new ProcessMemory(process.Id);
    }

    public Process Process { get; }

    public string Name { get; }

    public ProcessMemory Memory { get; }

    public bool IsSender => lines.Any(line => line.Contains(SenderLine, StringComparison.Ordinal));

    public static async Task<ClusterInstance> StartAsync(string name, string connectionString, string botApiUrl, string schedulerName, int rate)
    {
        var process = ChildProcess.Start("app",
            "--Urls=http://127.0.0.1:0",
            "--Sample:Enabled=false",
            "--Storage:Provider=Postgres",
            $"--Storage:ConnectionString={connectionString}",
            "--Telegram:BotToken=123456:BENCH-fake-token-for-benchmarks",
            $"--Telegram:ApiBaseUrl={botApiUrl}",
            "--Telegram:UseLongPolling=false",
            // Webhook mode so no instance long-polls the bench server; the setWebhook call it makes there is refused and logged.
            "--Telegram:WebhookUrl=http://127.0.0.1:9/webhooks/telegram",
            "--Telegram:WebhookSecret=bench-webhook-secret",
            $"--Delivery:Telegram:MessagesPerSecond={rate}",
            $"--Scheduling:SchedulerName={schedulerName}",
            "--Scheduling:ClusterCheckinInterval=00:00:05",
            "--Scheduling:DispatchInterval=00:00:01",
            "--Logging:LogLevel:Default=Warning",
            "--Logging:LogLevel:NewsBot.Scheduling=Information");
        var instance = new ClusterInstance(process, name);
        var ready = new TaskCompletionSource();
        _ = Task.Run(async () =>
        {
            while (await process.StandardOutput.ReadLineAsync() is { } line)
            {
                instance.lines.Enqueue(line);
                if (line.StartsWith("READY ", StringComparison.Ordinal)) ready.TrySetResult();
            }

            ready.TrySetException(new InvalidOperationException($"Instance {name} ended before it was ready:\n{string.Join('\n', instance.lines)}"));
        });
        await ready.Task.WaitAsync(TimeSpan.FromMinutes(2));
        return instance;
    }

    public void Kill()
    {
        if (Process.HasExited) return;
        Process.Kill(entireProcessTree: true);
        Process.WaitForExit();
    }

    public void Dispose()
    {
        Kill();
        Process.Dispose();
    }
}
