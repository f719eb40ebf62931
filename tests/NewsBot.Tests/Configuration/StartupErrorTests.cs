using Microsoft.Data.Sqlite;

namespace NewsBot.Tests.Configuration;

/// <summary>
/// Bad settings on the real app's start: exit code 1, one line per bad setting on stderr that names it both ways users
/// write it and says what is allowed, no stack trace, and nothing started (no polling, no database left behind).
/// </summary>
public sealed class StartupErrorTests : IDisposable
{
    private const string Prefix = "NewsBot cannot start: ";
    private const string ValidToken = "123456789:AAHvalid-looking_token";
    private const string SecretRule = "1 to 256 characters of A-Z, a-z, 0-9, _ and - (Telegram's rule for secret_token), e.g. the output of: openssl rand -hex 32.";
    private readonly NewsBotProcess app = new();

    [Fact]
    public Task A_source_url_that_is_not_an_address_is_named_with_its_index() => AssertRefusedAsync(
        new() { ["Sources__Feeds__0__Name"] = "Demak", ["Sources__Feeds__0__Url"] = "https://demakkab.go.id/feed", ["Sources__Feeds__1__Name"] = "Kudus", ["Sources__Feeds__1__Url"] = "kudus dot go dot id" },
        "Sources:Feeds:1:Url (Sources__Feeds__1__Url) = 'kudus dot go dot id' must be an http:// or https:// address, e.g. https://demakkab.go.id/feed.");

    [Fact]
    public Task An_ftp_source_url_is_refused_on_start_not_on_every_poll() => AssertRefusedAsync(
        new() { ["Sources__Feeds__0__Name"] = "Demak", ["Sources__Feeds__0__Url"] = "ftp://demakkab.go.id/feed" },
        "Sources:Feeds:0:Url (Sources__Feeds__0__Url) = 'ftp://demakkab.go.id/feed' must be an http:// or https:// address, e.g. https://demakkab.go.id/feed.");

    [Fact]
    public Task An_unknown_source_kind_is_refused_instead_of_dropping_the_source() => AssertRefusedAsync(
        new() { ["Sources__Feeds__1__Name"] = "Demak", ["Sources__Feeds__1__Url"] = "https://demakkab.go.id/feed", ["Sources__Feeds__1__Kind"] = "Rss" },
        "Sources:Feeds:1:Kind (Sources__Feeds__1__Kind) = 'Rss' must be one of Feed, WordPress, HtmlListing.");

    [Fact]
    public Task A_negative_interval_is_refused() => AssertRefusedAsync(
        new() { ["Scheduling__SourceCheckInterval"] = "-00:00:10" },
        "Scheduling:SourceCheckInterval (Scheduling__SourceCheckInterval) = '-00:00:10' must be between 00:00:00.100 and 1.00:00:00.");

    [Fact]
    public Task An_interval_that_is_not_a_duration_is_refused() => AssertRefusedAsync(
        new() { ["Scheduling__SourceCheckInterval"] = "abc" },
        "Scheduling:SourceCheckInterval (Scheduling__SourceCheckInterval) = 'abc' must be a duration as [d.]hh:mm:ss, e.g. 00:00:30 for 30 seconds or 1.00:00:00 for a day.");

    [Fact]
    public async Task A_malformed_token_is_named_without_printing_it()
    {
        var (_, output, errors) = await AssertRefusedAsync(
            new() { ["Telegram__BotToken"] = "my-secret-token" },
            "Telegram:BotToken (Telegram__BotToken) (value hidden) must look like a bot token (digits, a colon, then letters, e.g. 123456789:AAH...); copy it again from @BotFather.");

        Assert.DoesNotContain("my-secret-token", output + errors, StringComparison.Ordinal);
    }

    [Fact]
    public Task Webhook_mode_without_a_webhook_url_is_refused() => AssertRefusedAsync(
        new() { ["Telegram__BotToken"] = ValidToken, ["Telegram__UseLongPolling"] = "false", ["Telegram__WebhookSecret"] = "s3cret_webhook-token" },
        "Telegram:WebhookUrl (Telegram__WebhookUrl) is not set: needed with Telegram:UseLongPolling=false: the public https:// address Telegram posts updates to, e.g. https://bot.example.go.id/webhooks/telegram.");

    [Fact]
    public Task Webhook_mode_with_a_plain_http_url_elsewhere_than_this_machine_is_refused() => AssertRefusedAsync(
        new() { ["Telegram__BotToken"] = ValidToken, ["Telegram__UseLongPolling"] = "false", ["Telegram__WebhookUrl"] = "http://bot.example.go.id/webhooks/telegram", ["Telegram__WebhookSecret"] = "s3cret_webhook-token" },
        "Telegram:WebhookUrl (Telegram__WebhookUrl) = 'http://bot.example.go.id/webhooks/telegram' must be an https:// address (Telegram posts only to HTTPS; http:// only to 127.0.0.1 or localhost, for tests), e.g. https://bot.example.go.id/webhooks/telegram.");

    [Fact]
    public Task Webhook_mode_without_a_webhook_secret_is_refused() => AssertRefusedAsync(
        new() { ["Telegram__BotToken"] = ValidToken, ["Telegram__UseLongPolling"] = "false", ["Telegram__WebhookUrl"] = "https://bot.example.go.id/webhooks/telegram" },
        "Telegram:WebhookSecret (Telegram__WebhookSecret) is not set: needed with Telegram:UseLongPolling=false: Telegram sends it with every update and a POST without it is refused; " + SecretRule);

    [Fact]
    public async Task A_webhook_secret_with_characters_Telegram_refuses_is_named_without_printing_it()
    {
        var (_, output, errors) = await AssertRefusedAsync(
            new() { ["Telegram__BotToken"] = ValidToken, ["Telegram__UseLongPolling"] = "false", ["Telegram__WebhookUrl"] = "https://bot.example.go.id/webhooks/telegram", ["Telegram__WebhookSecret"] = "my webhook secret!" },
            "Telegram:WebhookSecret (Telegram__WebhookSecret) (value hidden) must be " + SecretRule);

        Assert.DoesNotContain("my webhook secret!", output + errors, StringComparison.Ordinal);
    }

    [Fact]
    public Task An_admin_id_that_is_not_a_number_is_refused() => AssertRefusedAsync(
        new() { ["Admins__Telegram__Owners__0"] = "notanumber" },
        "Admins:Telegram:Owners:0 (Admins__Telegram__Owners__0) = 'notanumber' must be a Telegram user id: digits only, e.g. 123456789 (not a @username; @userinfobot tells a user their id).");

    [Fact]
    public Task A_database_folder_that_cannot_be_created_is_named() => AssertRefusedAsync(
        new() { ["Storage__ConnectionString"] = "Data Source=/proc/nope/newsbot.db" },
        "Storage:ConnectionString (Storage__ConnectionString) = 'Data Source=/proc/nope/newsbot.db' cannot be used: the folder '/proc/nope' does not exist and cannot be created.");

    [Fact]
    public Task A_database_path_that_is_a_folder_is_named() => AssertRefusedAsync(
        new() { ["Storage__ConnectionString"] = $"Data Source={app.WorkingDirectory}" },
        $"Storage:ConnectionString (Storage__ConnectionString) = 'Data Source={app.WorkingDirectory}' must name a database file, but '{app.WorkingDirectory}' is a folder; e.g. \"Data Source={Path.Combine(app.WorkingDirectory, "newsbot.db")}\".");

    [Fact]
    public async Task A_read_only_database_is_named()
    {
        // Tests may run as root, whom file permissions do not stop; SQLite's read-only mode does.
        await File.WriteAllBytesAsync(Path.Combine(app.WorkingDirectory, "newsbot.db"), []);

        await AssertRefusedAsync(
            new() { ["Storage__ConnectionString"] = "Data Source=newsbot.db;Mode=ReadOnly" },
            "Storage:ConnectionString (Storage__ConnectionString) = 'Data Source=newsbot.db;Mode=ReadOnly' cannot be used: the database is read-only (file permissions, a read-only disk or Mode=ReadOnly) and NewsBot must write to it.");
    }

    [Fact]
    public async Task A_database_made_by_another_build_is_refused_before_anything_in_it_changes()
    {
        // A database from a pre-release build, whose migrations were later merged into one.
        var path = Path.Combine(app.WorkingDirectory, "old.db");
        await using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var create = connection.CreateCommand();
            create.CommandText = """
                CREATE TABLE "__EFMigrationsHistory" ("MigrationId" TEXT PRIMARY KEY, "ProductVersion" TEXT NOT NULL);
                INSERT INTO "__EFMigrationsHistory" VALUES ('20261129035313_Initial', '10.0.0'), ('20261129045436_ArticleDedupKeys', '10.0.0');
                CREATE TABLE "Sources" ("Id" INTEGER PRIMARY KEY);
                """;
            await create.ExecuteNonQueryAsync();
        }

        await AssertRefusedAsync(
            new() { ["Storage__ConnectionString"] = $"Data Source={path}" },
            $"Storage:ConnectionString (Storage__ConnectionString) = 'Data Source={path}' cannot be used: the database was made by another build of NewsBot " +
            "(2 migration(s) this build does not know, e.g. 20261129035313_Initial). Move the file aside to start with an empty database, or run the build that made it.");
        await using var check = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        await check.OpenAsync();
        await using var tables = check.CreateCommand();
        tables.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table'";
        Assert.Equal(2L, await tables.ExecuteScalarAsync());
    }

    [Fact]
    public Task A_postgres_server_that_does_not_answer_is_named_without_the_password() => AssertRefusedAsync(
        new() { ["Storage__Provider"] = "Postgres", ["Storage__ConnectionString"] = "Host=127.0.0.1;Port=9;Database=newsbot;Username=newsbot;Password=hunter2" },
        "Storage:ConnectionString (Storage__ConnectionString) = 'Host=127.0.0.1;Port=9;Database=newsbot;Username=newsbot;Password=(hidden)' " +
        "cannot be used: no PostgreSQL server answers at 127.0.0.1:9 (ConnectionRefused); start the server, or correct Host and Port.");

    [Fact]
    public Task A_postgres_connection_string_without_a_database_is_refused() => AssertRefusedAsync(
        new() { ["Storage__Provider"] = "Postgres", ["Storage__ConnectionString"] = "Host=127.0.0.1" },
        "Storage:ConnectionString (Storage__ConnectionString) = 'Host=127.0.0.1' must name the database with Database=…, e.g. \"Host=127.0.0.1;Database=newsbot;Username=newsbot\".");

    [Fact]
    public Task A_postgres_connection_string_that_does_not_parse_is_refused() => AssertRefusedAsync(
        new() { ["Storage__Provider"] = "Postgres", ["Storage__ConnectionString"] = "Hots=127.0.0.1;Database=newsbot" },
        "Storage:ConnectionString (Storage__ConnectionString) = 'Hots=127.0.0.1;Database=newsbot' must be a PostgreSQL connection string such as " +
        "\"Host=127.0.0.1;Database=newsbot;Username=newsbot;Password=…\" ('hots' is not a keyword Npgsql knows).");

    [Fact]
    public Task An_unknown_storage_provider_is_refused() => AssertRefusedAsync(
        new() { ["Storage__Provider"] = "MySql" },
        "Storage:Provider (Storage__Provider) = 'MySql' must be one of Sqlite, Postgres.");

    [Fact]
    public Task A_connection_string_password_is_not_printed() => AssertRefusedAsync(
        new() { ["Storage__ConnectionString"] = "Data Source=newsbot.db;Password=hunter2" },
        "Storage:ConnectionString (Storage__ConnectionString) = 'Data Source=newsbot.db;Password=(hidden)' must not set a Password: the bundled SQLite does not encrypt databases (protect the file with permissions instead).");

    [Fact]
    public Task A_misspelt_setting_is_named_without_its_value() => AssertRefusedAsync(
        new() { ["Telegram__BotTokn"] = "123456789:AAHsecretsecret" },
        "Telegram:BotTokn (Telegram__BotTokn) is not a NewsBot setting (a typo?); the settings under Telegram are BotToken, ApiBaseUrl, BotUsername, UseLongPolling, WebhookUrl, WebhookSecret, AdminChatIds, NewsroomChannels.");

    [Fact]
    public Task Several_bad_settings_in_several_sections_get_a_line_each() => AssertRefusedAsync(
        new()
        {
            ["Sample__FeedUrl"] = "ftp://127.0.0.1/feed.xml",
            ["Extraction__Pages__DefaultUtcOffset"] = "20:00:00",
            ["Delivery__Telegram__MessagesPerSecond"] = "0",
            ["Fetching__MaxRedirects"] = "lots",
            ["Logging__LogLevel__Default"] = "Loud",
        },
        "Logging:LogLevel:Default (Logging__LogLevel__Default) = 'Loud' must be one of Trace, Debug, Information, Warning, Error, Critical, None.");

    [Fact]
    public Task Several_bad_settings_once_logging_is_right_get_a_line_each() => AssertRefusedAsync(
        new()
        {
            ["Sample__FeedUrl"] = "ftp://127.0.0.1/feed.xml",
            ["Extraction__Pages__DefaultUtcOffset"] = "20:00:00",
            ["Delivery__Telegram__MessagesPerSecond"] = "0",
            ["Fetching__MaxRedirects"] = "lots",
        },
        "Sample:FeedUrl (Sample__FeedUrl) = 'ftp://127.0.0.1/feed.xml' must be an http:// or https:// address, e.g. http://127.0.0.1:5080/sample/feed.xml.",
        "Fetching:MaxRedirects (Fetching__MaxRedirects) = 'lots' must be a whole number, e.g. 30.",
        "Extraction:Pages:DefaultUtcOffset (Extraction__Pages__DefaultUtcOffset) = '20:00:00' must be an offset from UTC between -14:00:00 and 14:00:00, e.g. 07:00:00 for WIB.",
        "Delivery:Telegram:MessagesPerSecond (Delivery__Telegram__MessagesPerSecond) = '0' must be between 1 and 100000.");

    [Fact]
    public async Task Good_settings_start_the_bot_as_before()
    {
        var run = await app.RunAsync(new Dictionary<string, string> { ["Sources__Feeds__0__Name"] = "Demak", ["Sources__Feeds__0__Url"] = "http://127.0.0.1:9/feed" },
            stopWhen: "Added source Demak");

        Assert.Equal("", run.Errors);
        Assert.Contains("Database is ready", run.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(app.WorkingDirectory, "data", "newsbot.db")));
    }

    public void Dispose() => app.Dispose();

    private async Task<(int ExitCode, string Output, string Errors)> AssertRefusedAsync(Dictionary<string, string> settings, params string[] expected)
    {
        var run = await app.RunAsync(settings);

        Assert.Equal(expected.Order(StringComparer.Ordinal).Select(line => Prefix + line),
            run.Errors.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Order(StringComparer.Ordinal));
        Assert.Equal(1, run.ExitCode);
        Assert.DoesNotContain("   at ", run.Output + run.Errors, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(app.WorkingDirectory, "data")), "nothing should have started");
        return run;
    }
}
