using NewsBot;
using NewsBot.Configuration;
using NewsBot.Storage;

if (args is [CopyToPostgresCommand.Verb, .. var copyArgs])
{
    // The same configuration as a run (appsettings.json, environment, user secrets): the source is the SQLite database
    // the bot would use.
    await using var configured = NewsBotApp.Build(copyArgs.Skip(1).ToArray());
    return await CopyToPostgresCommand.RunAsync(copyArgs, configured.Configuration, Console.Out, Console.Error,
        configured.Services.GetRequiredService<ILoggerFactory>());
}

WebApplication? app = null;
try
{
    app = NewsBotApp.Build(args);
    StartupChecks.Run(app.Services);
    await app.StartAsync();
    await app.WaitForShutdownAsync();
    return 0;
}
catch (Exception error)
{
    return StartupErrorReport.Write(error, Console.Error, app?.Services, started: app?.Lifetime.ApplicationStarted.IsCancellationRequested == true);
}
finally
{
    if (app is not null) await app.DisposeAsync();
}
