using Microsoft.Extensions.Options;
using NewsBot;
using NewsBot.Configuration;

WebApplication? app = null;
try
{
    app = NewsBotApp.Build(args);
    // Settings are checked here, before the host starts: the host would log a failed check with its stack trace first.
    app.Services.GetService<IStartupValidator>()?.Validate();
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
