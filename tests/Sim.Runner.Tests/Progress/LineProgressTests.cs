using Sim.Runner.Progress;

namespace Sim.Runner.Tests.Progress;

public sealed class LineProgressTests
{
    [Fact]
    public void Advance_SlowJob_WritesALinePerIntervalWithRateAndTimeLeftThenAClosingLine()
    {
        var time = new ManualTime();
        var error = new StringWriter();
        var progress = new LineProgress(error, time, TimeSpan.FromSeconds(5), "run baseline", 10, "replications");

        for (int i = 0; i < 10; i++)
        {
            time.Advance(TimeSpan.FromSeconds(2));
            progress.Advance();
        }

        progress.Finish();

        Assert.Equal(
            [
                "run baseline: 3/10 replications, 0.5/s, about 14 s left",
                "run baseline: 6/10 replications, 0.5/s, about 8 s left",
                "run baseline: 9/10 replications, 0.5/s, about 2 s left",
                "run baseline: 10/10 replications in 20 s",
            ],
            error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void Advance_JobShorterThanTheInterval_WritesNothing()
    {
        var time = new ManualTime();
        var error = new StringWriter();
        var progress = new LineProgress(error, time, TimeSpan.FromSeconds(5), "run x", 3, "replications");

        for (int i = 0; i < 3; i++)
        {
            time.Advance(TimeSpan.FromSeconds(1));
            progress.Advance();
        }

        progress.Finish();

        Assert.Empty(error.ToString());
    }
}
