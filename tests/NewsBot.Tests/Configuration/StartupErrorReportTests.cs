using Microsoft.Extensions.Options;
using NewsBot.Configuration;
using NewsBot.Storage;

namespace NewsBot.Tests.Configuration;

public sealed class StartupErrorReportTests
{
    private static (int Code, string Text) Report(Exception error, bool started = false)
    {
        using var console = new StringWriter();
        var code = StartupErrorReport.Write(error, console, services: null, started);
        return (code, console.ToString());
    }

    [Fact]
    public void Each_bad_setting_is_one_line_once_even_when_two_checks_report_it()
    {
        var failure = new OptionsValidationException("", typeof(StorageOptions), ["A:B (A__B) = 'x' must be y.", "A:C (A__C) = 'z' must be w."]);

        var (code, text) = Report(new AggregateException(failure, failure));

        Assert.Equal(1, code);
        Assert.Equal($"NewsBot cannot start: A:B (A__B) = 'x' must be y.{Environment.NewLine}NewsBot cannot start: A:C (A__C) = 'z' must be w.{Environment.NewLine}", text);
    }

    [Fact]
    public void A_binder_failure_outside_the_checked_options_still_names_the_setting()
    {
        var error = new InvalidOperationException("Failed to convert configuration value 'abc' at 'Quartz:Scheduler:BatchSize' to type 'System.Int32'.");

        Assert.Equal((1, $"NewsBot cannot start: Quartz:Scheduler:BatchSize (Quartz__Scheduler__BatchSize) = 'abc' cannot be read as Int32.{Environment.NewLine}"), Report(error));
    }

    [Fact]
    public void Anything_else_is_one_short_line_and_another_exit_code()
    {
        var error = new IOException("Failed to bind to address http://127.0.0.1:5080: address already in use.\n   at Somewhere()");

        Assert.Equal((2, $"NewsBot cannot start: IOException: Failed to bind to address http://127.0.0.1:5080: address already in use.{Environment.NewLine}"), Report(error));
        Assert.StartsWith("NewsBot stopped: IOException", Report(error, started: true).Text, StringComparison.Ordinal);
    }
}
