using Sim.Runner.Progress;

namespace Sim.Runner.Tests.Progress;

public sealed class ProgressReporterTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Run_AdvancedFromSeveralThreads_ReturnsTheResultAndCountsEveryStep(bool lines)
    {
        var mode = lines ? ProgressMode.Lines : ProgressMode.Silent;
        var time = new ManualTime();
        var error = new StringWriter();
        var reporter = new ProgressReporter(mode, error, time, TimeSpan.Zero);

        int result = reporter.Run("job", 100, "steps", advance =>
        {
            time.Advance(TimeSpan.FromSeconds(1));
            Parallel.For(0, 100, _ => advance());
            return 42;
        });

        Assert.Equal(42, result);
        string text = error.ToString();
        Assert.Equal(mode == ProgressMode.Silent ? "" : "job: 100/100 steps in 1 s", text.Split('\n', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? "");
    }

    [Fact]
    public void Run_Live_DrawsOnTheErrorWriterOnly()
    {
        var error = new StringWriter();
        var reporter = new ProgressReporter(ProgressMode.Live, error, TimeProvider.System, TimeSpan.Zero);

        string result = reporter.Run("job", 2, "steps", advance =>
        {
            advance();
            advance();
            return "done";
        });

        Assert.Equal("done", result);
    }

    [Theory]
    [InlineData(0, "0 s")]
    [InlineData(59.4, "59 s")]
    [InlineData(185, "3 min 5 s")]
    [InlineData(7800, "2 h 10 min")]
    [InlineData(-1, "?")]
    public void Describe_Durations_AreShortAndReadable(double seconds, string expected) =>
        Assert.Equal(expected, Durations.Describe(TimeSpan.FromSeconds(seconds)));

    [Fact]
    public void Run_LinesWithRelabel_KeepsTheFirstLabelAndCountsEveryStep()
    {
        var error = new StringWriter();
        var reporter = new ProgressReporter(ProgressMode.Lines, error, TimeProvider.System, TimeSpan.Zero);

        reporter.Run("sweep grid: 0/2 cells", 3, "replications", (advance, relabel) =>
        {
            advance();
            relabel("ignored");
            advance();
            advance();
            return 0;
        });

        string text = error.ToString();
        Assert.Contains("sweep grid: 0/2 cells: 3/3 replications", text, StringComparison.Ordinal);
        Assert.DoesNotContain("ignored", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_Silent_StillRunsTheJobAndReturnsItsResult()
    {
        int steps = 0;

        int result = ProgressReporter.Silent().Run("job", 2, "steps", (advance, relabel) =>
        {
            advance();
            relabel("renamed");
            steps++;
            return 42;
        });

        Assert.Equal((42, 1), (result, steps));
    }
}
