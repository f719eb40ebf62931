using System.Diagnostics;
using NewsBot.Tests.Docs;
using NewsBot.Tests.EndToEnd;

namespace NewsBot.Tests.Support;

/// <summary>
/// A PostgreSQL server of one test's own, started by `.ci/postgres` on a free port of 127.0.0.1 in a folder of its own,
/// for a test that must stop and start the server (the shared one serves every other test meanwhile).
/// </summary>
public sealed class OwnPostgresServer : IDisposable
{
    private readonly Dictionary<string, string> environment;

    private OwnPostgresServer(string connectionString, Dictionary<string, string> environment)
    {
        ConnectionString = connectionString;
        this.environment = environment;
    }

    /// <summary>The server's connection string (its `postgres` database).</summary>
    public string ConnectionString { get; }

    public static OwnPostgresServer Start()
    {
        var environment = new Dictionary<string, string>
        {
            ["NEWSBOT_TEST_POSTGRES_PORT"] = RunningBot.FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["NEWSBOT_TEST_POSTGRES_DIR"] = Path.Combine(Path.GetTempPath(), "newsbot-own-postgres-" + Guid.NewGuid().ToString("N")[..8]),
        };
        return new OwnPostgresServer(Run("start", environment).Trim(), environment);
    }

    /// <summary>Stops the server as an administrator's fast restart does: every connection is cut at once.</summary>
    public void Down() => Run("down", environment);

    public void Up() => Run("up", environment);

    public void Dispose() => Run("stop", environment);

    private static string Run(string verb, Dictionary<string, string> environment)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(RepositoryRoot.File(".ci/postgres"));
        start.ArgumentList.Add(verb);
        foreach (var (key, value) in environment) start.Environment[key] = value;
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($".ci/postgres {verb} failed ({process.ExitCode}): {error.Result}");
        return output;
    }
}
