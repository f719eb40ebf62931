using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace NewsBot.Configuration;

/// <summary>
/// Turns what stopped the app into a few lines a person can act on: one per bad setting, exit code 1. Anything else
/// gets one short line and exit code 2. The stack trace goes to the log at Debug level only: for a wrong setting it
/// says nothing the setting's name does not, and a page of it hides the one line that matters.
/// </summary>
public static partial class StartupErrorReport
{
    public const int SettingsExitCode = 1;
    public const int UnexpectedExitCode = 2;

    public static int Write(Exception error, TextWriter console, IServiceProvider? services, bool started)
    {
        LogTrace(services, error);
        var problems = SettingProblems(error).Distinct().ToList();
        if (problems.Count > 0)
        {
            foreach (var problem in problems) console.WriteLine($"NewsBot cannot start: {problem}");
            return SettingsExitCode;
        }

        var message = FirstLine(error.Message);
        console.WriteLine(started ? $"NewsBot stopped: {error.GetType().Name}: {message}" : $"NewsBot cannot start: {error.GetType().Name}: {message}");
        return UnexpectedExitCode;
    }

    /// <summary>The bad settings <paramref name="error"/> reports, one line each; empty when it is not about settings.</summary>
    public static IEnumerable<string> SettingProblems(Exception error) => error switch
    {
        AggregateException aggregate => aggregate.InnerExceptions.SelectMany(SettingProblems),
        OptionsValidationException validation => validation.Failures.Select(FirstLine),
        // The binder's own words, for a setting read outside the checked options (a safety net, not the usual path).
        InvalidOperationException when BinderFailure().Match(error.Message) is { Success: true } match =>
            [new Setting(match.Groups["path"].Value).Problem(match.Groups["value"].Value, $"cannot be read as {match.Groups["type"].Value}.")],
        _ => [],
    };

    private static string FirstLine(string text) => text.Split('\n', 2)[0].TrimEnd('\r');

    private static void LogTrace(IServiceProvider? services, Exception error)
    {
        try
        {
            if (services?.GetService<ILoggerFactory>() is { } loggers) LogFailure(loggers.CreateLogger(typeof(StartupErrorReport).FullName!), error);
        }
        catch (ObjectDisposedException)
        {
            // The host was already disposed; the line on the console is all there is.
        }
    }

    [GeneratedRegex(@"^Failed to convert configuration value '(?<value>.*)' at '(?<path>[^']+)' to type '(?:[\w.]+\.)?(?<type>[^']+)'")]
    private static partial Regex BinderFailure();

    [LoggerMessage(Level = LogLevel.Debug, Message = "NewsBot could not start or stopped on an error")]
    private static partial void LogFailure(ILogger logger, Exception exception);
}
