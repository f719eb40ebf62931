using System.Diagnostics;

namespace NewsBot.Tests.Configuration;

/// <summary>
/// The built app run the way users run it, <c>dotnet NewsBot.dll</c>, in an empty folder of its own with settings as
/// environment variables, so a test sees exactly what a user's terminal shows: the exit code and both streams.
/// </summary>
public sealed class NewsBotProcess : IDisposable
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

    public string WorkingDirectory { get; } = Directory.CreateTempSubdirectory("newsbot-start-").FullName;

    /// <param name="stopWhen">Ends a bot that started once its output has this line (it would run until stopped).</param>
    /// <param name="arguments">Command-line arguments after the program, e.g. a verb such as copy-to-postgres.</param>
    public async Task<(int ExitCode, string Output, string Errors)> RunAsync(
        IReadOnlyDictionary<string, string> settings, string? stopWhen = null, IReadOnlyList<string>? arguments = null)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = WorkingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(typeof(NewsBotApp).Assembly.Location);
        foreach (var argument in arguments ?? []) start.ArgumentList.Add(argument);
        // Nothing from the test runner's environment may configure the bot, only what the test says.
        foreach (var inherited in start.Environment.Keys.Where(k => k.Contains("__", StringComparison.Ordinal)).ToList())
            start.Environment.Remove(inherited);
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        // Should a bad setting slip through, the app starts on a free loopback port and the time limit ends it.
        start.Environment["Urls"] = "http://127.0.0.1:0";
        start.Environment["Sample__Enabled"] = "false";
        foreach (var (key, value) in settings) start.Environment[key] = value;

        using var process = Process.Start(start)!;
        var output = ReadAsync(process, process.StandardOutput, stopWhen);
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(Limit);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"NewsBot did not stop within {Limit.TotalSeconds} s. Output: {await output}");
        }

        return (process.ExitCode, await output, await errors);
    }

    private static async Task<string> ReadAsync(Process process, StreamReader stream, string? stopWhen)
    {
        var text = new System.Text.StringBuilder();
        while (await stream.ReadLineAsync() is { } line)
        {
            text.AppendLine(line);
            if (stopWhen is not null && line.Contains(stopWhen, StringComparison.Ordinal)) process.Kill(entireProcessTree: true);
        }

        return text.ToString();
    }

    public void Dispose() => Directory.Delete(WorkingDirectory, recursive: true);
}
