using Microsoft.Extensions.Options;

namespace NewsBot.Configuration;

/// <summary>
/// Logging:LogLevel:* (and Logging:Console:LogLevel:*, one per logging provider) checked before the host is built:
/// the framework reads them while building and says only "Configuration value 'abc' is not supported.", not where.
/// </summary>
public static class LogLevelSettings
{
    public static void ThrowIfInvalid(IConfiguration configuration)
    {
        var logging = configuration.GetSection("Logging");
        var levels = logging.GetSection("LogLevel").GetChildren()
            .Concat(logging.GetChildren().SelectMany(provider => provider.GetSection("LogLevel").GetChildren()));
        var problems = levels
            .Where(level => level.Value is { } value && ValueRule.Check(value, typeof(LogLevel), null) is not null)
            .Select(level => new Setting(level.Path).Problem(level.Value, "must be one of Trace, Debug, Information, Warning, Error, Critical, None."))
            .ToList();
        if (problems.Count > 0) throw new OptionsValidationException("Logging", typeof(LoggerFilterOptions), problems);
    }
}
