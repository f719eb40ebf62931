using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace NewsBot.Bench;

/// <summary>
/// The real app in a child process with WhatsApp configured, its own SQLite file, and its replies going to the lean fake
/// Graph API (another child process) that counts what each user received.
/// </summary>
public sealed class WebhookTarget : IAsyncDisposable
{
    public const string AppSecret = "bench-app-secret";

    private readonly Process server;
    private readonly Process app;
    private readonly string databasePath;

    private WebhookTarget(Process server, string serverUrl, Process app, Uri appUrl, string databasePath)
    {
        (this.server, ServerUrl, this.app, this.databasePath) = (server, serverUrl, app, databasePath);
        Memory = new ProcessMemory(app.Id);
        // Six 28 MB uploads on a loaded machine take a while; only a hang should fail.
        Http = new HttpClient { BaseAddress = appUrl, Timeout = TimeSpan.FromMinutes(2) };
    }

    public string ServerUrl { get; }

    public ProcessMemory Memory { get; }

    public HttpClient Http { get; }

    public static async Task<WebhookTarget> StartAsync()
    {
        var (server, serverUrl) = await ChildProcess.StartServerAsync(0, 0);
        var databasePath = Path.Combine(Path.GetTempPath(), $"newsbot-webhook-{Guid.NewGuid():N}.db");
        var app = ChildProcess.Start(
            "app",
            "--Urls=http://127.0.0.1:0",
            $"--Storage:ConnectionString=Data Source={databasePath}",
            "--Sample:Enabled=false",
            "--Logging:LogLevel:Default=Warning",
            "--WhatsApp:AccessToken=BENCH-fake-access-token",
            "--WhatsApp:PhoneNumberId=1065403522",
            $"--WhatsApp:AppSecret={AppSecret}",
            "--WhatsApp:VerifyToken=bench-verify-token",
            $"--WhatsApp:ApiBaseUrl={serverUrl}/");
        while (await app.StandardOutput.ReadLineAsync() is { } line)
        {
            if (!line.StartsWith("READY ", StringComparison.Ordinal)) continue;
            // The app's log lines must keep flowing, or a full pipe would stall it mid-benchmark.
            _ = Task.Run(async () => await app.StandardOutput.ReadToEndAsync());
            return new WebhookTarget(server, serverUrl, app, new Uri(line[6..] + "/"), databasePath);
        }

        server.Kill(entireProcessTree: true);
        throw new InvalidOperationException("The app did not start.");
    }

    /// <summary>The inbox rows whose ExternalId starts with <paramref name="prefix"/>: how many, how many processed, and their attempts.</summary>
    public async Task<(int Rows, int Processed, int Attempts)> InboxAsync(string prefix)
    {
        await using var connection = new SqliteConnection($"Data Source={databasePath};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT COUNT(*), COUNT("ProcessedUtc"), COALESCE(SUM("Attempts"), 0) FROM "WhatsAppInbound" WHERE "ExternalId" LIKE $prefix || '%'
            """;
        command.Parameters.AddWithValue("$prefix", prefix);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetInt32(0), reader.GetInt32(1), reader.GetInt32(2));
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        foreach (var process in new[] { app, server })
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            process.Dispose();
        }

        foreach (var file in new[] { databasePath, databasePath + "-wal", databasePath + "-shm" }) File.Delete(file);
    }
}
