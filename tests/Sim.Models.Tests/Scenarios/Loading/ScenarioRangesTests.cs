using Sim.Models.Scenarios.Loading;

namespace Sim.Models.Tests.Scenarios.Loading;

public sealed class ScenarioRangesTests
{
    private static string[] ReadmeRows()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var readme = Path.Combine(directory.FullName, "scenarios", "README.md");
            if (File.Exists(Path.Combine(directory.FullName, "Simulation.sln")))
            {
                return File.ReadAllLines(readme).Where(l => l.StartsWith('|')).ToArray();
            }
        }

        throw new InvalidOperationException("Simulation.sln not found above the test assembly.");
    }

    [Fact]
    public void Documented_EveryRange_IsStatedInTheScenarioReadmeRowOfItsField()
    {
        var rows = ReadmeRows();

        foreach (var (field, range) in ScenarioRanges.Documented)
        {
            Assert.True(
                rows.Any(r => r.Contains($"`{field}`", StringComparison.Ordinal) && r.Contains(range.Describe(), StringComparison.Ordinal)),
                $"scenarios/README.md has no row for `{field}` stating {range.Describe()}");
        }
    }
}
