using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NewsBot.Chat.Admin.Newsroom;
using NewsBot.Chat.Admin;
using NewsBot.Sources;

namespace NewsBot.Tests.Chat;

public sealed class SourcePollRunnerTests
{
    [Fact]
    public async Task A_new_round_can_start_as_soon_as_the_report_of_the_last_one_goes_out()
    {
        // No sources, so the refresher is never asked: the test is about the round's bookkeeping alone.
        await using var runner = new SourcePollRunner(null!, Options.Create(new SourcesOptions()), NullLogger<SourcePollRunner>.Instance);
        var secondStarted = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        var secondReported = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        // An admin who reads "fetch finished" and types /ambil again must get a new round, not "still running".
        Assert.True(runner.TryStart([], (_, _) =>
        {
            secondStarted.SetResult(runner.TryStart([], (_, _) =>
            {
                secondReported.SetResult();
                return Task.CompletedTask;
            }));
            return Task.CompletedTask;
        }));

        Assert.True(await secondStarted.Task.WaitAsync(TimeSpan.FromSeconds(10)));
        await secondReported.Task.WaitAsync(TimeSpan.FromSeconds(10));
    }
}
