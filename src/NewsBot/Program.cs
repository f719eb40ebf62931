using NewsBot;
using NewsBot.Configuration;

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
