using System.Collections.Concurrent;
using System.Diagnostics;

namespace NewsBot.Tests.Cluster;

/// <summary>
/// One NewsBot instance of a cluster: the built app in a process of its own (as users run it), so a test can run two
/// on one database and kill one outright (SIGKILL) the way a dead server stops.
/// </summary>
public sealed class BotInstance : IDisposable
{
    private readonly Process process;
    private readonly ConcurrentQueue<(DateTimeOffset At, string Text)> lines = new();
    private readonly string folder = Directory.CreateTempSubdirectory("newsbot-instance-").FullName;

    public BotInstance(string name, IReadOnlyDictionary<string, string> settings)
    {
        Name = name;
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(typeof(NewsBotApp).Assembly.Location);
        foreach (var inherited in start.Environment.Keys.Where(k => k.Contains("__", StringComparison.Ordinal)).ToList())
            start.Environment.Remove(inherited);
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment["Urls"] = "http://127.0.0.1:0";
        start.Environment["Sample__Enabled"] = "false";
        foreach (var (key, value) in settings) start.Environment[key] = value;
        process = Process.Start(start)!;
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lines.Enqueue((DateTimeOffset.UtcNow, e.Data)); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lines.Enqueue((DateTimeOffset.UtcNow, e.Data)); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public string Name { get; }

    public bool HasExited => process.HasExited;

    public string Output => string.Join('\n', lines.Select(line => line.Text));

    public bool Said(string text) => lines.Any(line => line.Text.Contains(text, StringComparison.Ordinal));

    /// <summary>Stops the process at once, with no chance to record or hand anything back.</summary>
    public void Kill()
    {
        process.Kill(entireProcessTree: true);
        process.WaitForExit();
    }

    public void Dispose()
    {
        if (!process.HasExited) Kill();
        process.Dispose();
        Directory.Delete(folder, recursive: true);
    }
}
