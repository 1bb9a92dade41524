using Sim.Runner.Commands;
using Sim.Runner.Progress;
using Spectre.Console;

namespace Sim.Runner.Tests.Commands;

/// <summary><c>sim run --trace-sample</c>: trace.csv.</summary>
public sealed partial class RunCommandTests
{
    private static int RunTraced(string scenario, int threads, string folder, double rate)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(new StringWriter()), ColorSystem = ColorSystemSupport.NoColors });
        return RunCommand.Run(new RunRequest(scenario, 2, 7, threads, folder, false, TraceSample: rate), console, new StringWriter(), ProgressReporter.Silent());
    }

    [Fact]
    public void Run_TraceSample_SameTraceCsvWhateverTheThreadsAndNoneWithoutIt()
    {
        string one = Path.Combine(Folder, "one");
        string two = Path.Combine(Folder, "two");
        string none = Path.Combine(Folder, "none");

        Assert.Equal(0, RunTraced(_baseline.YamlPath, 1, one, 0.01));
        Assert.Equal(0, RunTraced(_baseline.YamlPath, 2, two, 0.01));
        Assert.Equal(0, RunTraced(_baseline.YamlPath, 2, none, 0));

        var lines = File.ReadAllLines(Path.Combine(one, "trace.csv"));
        Assert.Equal(File.ReadAllBytes(Path.Combine(one, "trace.csv")), File.ReadAllBytes(Path.Combine(two, "trace.csv")));
        Assert.StartsWith("replication,order,mode,market,product_class,ordered_day,measured,outcome,end_hours,handover_hours,", lines[0], StringComparison.Ordinal);
        Assert.InRange(lines.Length - 1, 200, 2000); // about 1% of 2 × 43,000 orders
        Assert.Contains(lines, l => l.StartsWith("1,", StringComparison.Ordinal));
        Assert.False(File.Exists(Path.Combine(none, "trace.csv")));
    }
}
