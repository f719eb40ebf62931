using System.Diagnostics;

namespace NewsBot.Bench;

/// <summary>Starts this same program with another verb, so the fake server and the crashing bot are separate processes.</summary>
public static class ChildProcess
{
    public static Process Start(params string[] args)
    {
        var self = Environment.ProcessPath!;
        var info = new ProcessStartInfo { RedirectStandardOutput = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(self) == "dotnet")
        {
            info.FileName = self;
            info.ArgumentList.Add(typeof(ChildProcess).Assembly.Location);
        }
        else
        {
            info.FileName = self;
        }

        foreach (var arg in args) info.ArgumentList.Add(arg);
        return Process.Start(info) ?? throw new InvalidOperationException("Could not start the child process.");
    }

    public static async Task<(Process Process, string Url)> StartServerAsync(int globalLimit, double faultRate, double perChatSeconds = 1)
    {
        var server = Start("server", globalLimit.ToString(System.Globalization.CultureInfo.InvariantCulture),
            faultRate.ToString(System.Globalization.CultureInfo.InvariantCulture),
            perChatSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
        while (await server.StandardOutput.ReadLineAsync() is { } line)
        {
            if (line.StartsWith("READY ", StringComparison.Ordinal)) return (server, line[6..]);
        }

        throw new InvalidOperationException("The fake Bot API server did not start.");
    }

    /// <summary>Starts a child that prints "READY &lt;url&gt;" once it listens, and returns that url.</summary>
    public static async Task<(Process Process, string Url)> StartAsync(params string[] args)
    {
        var child = Start(args);
        while (await child.StandardOutput.ReadLineAsync() is { } line)
        {
            if (line.StartsWith("READY ", StringComparison.Ordinal)) return (child, line[6..]);
        }

        throw new InvalidOperationException($"The child process '{string.Join(' ', args)}' did not start.");
    }

    public static async Task<ServerStats> StatsAsync(string url)
    {
        using var http = new HttpClient();
        return (await System.Net.Http.Json.HttpClientJsonExtensions.GetFromJsonAsync<ServerStats>(http, url + "/stats"))!;
    }
}
