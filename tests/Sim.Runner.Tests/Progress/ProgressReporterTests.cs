using Sim.Runner.Progress;

namespace Sim.Runner.Tests.Progress;

public sealed class ProgressReporterTests
{
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
