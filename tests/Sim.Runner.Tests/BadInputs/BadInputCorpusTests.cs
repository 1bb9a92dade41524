using Sim.Runner.Cli;

namespace Sim.Runner.Tests.BadInputs;

/// <summary>
/// Runs every case of the bad-input corpus (<c>tests/data/bad-inputs/*.yaml</c>: scenario YAML, CSV
/// tables, OR-Library files, command lines) through the <c>sim</c> command line and checks that it
/// ends with the expected exit code (2 for bad input) within a minute, that its message names the
/// file, line and field the case lists, that it shows no stack trace, .NET type name or content the
/// case must hide, and that a rejected input wrote nothing.
/// </summary>
public sealed class BadInputCorpusTests
{
    public static TheoryData<string> CaseNames() => new(BadInputCorpus.Cases.Keys);

    [Fact]
    public void Corpus_HasAtLeastEightyCasesInEveryClass()
    {
        Assert.True(BadInputCorpus.Cases.Count >= 80, $"{BadInputCorpus.Cases.Count} cases");
        foreach (string kind in new[] { "scenario-yaml", "hostile-yaml", "csv-tables", "orlib", "command-line" })
        {
            Assert.Contains(BadInputCorpus.Cases.Keys, k => k.StartsWith(kind + "/", StringComparison.Ordinal));
        }
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public async Task Sim_BadInput_IsRejectedWithItsExitCodeAndAMessageNamingWhereAndWhat(string name)
    {
        var testCase = BadInputCorpus.Cases[name];
        string folder = Directory.CreateTempSubdirectory("sim-bad-input-").FullName;
        try
        {
            BadInputCorpus.Materialise(testCase, folder);
            var before = Listing(folder);
            string[] args = testCase.Run.Select(a => Expand(a, folder)).ToArray();
            var output = new StringWriter();
            var error = new StringWriter();

            var run = Task.Run(() => SimCommandLine.Run(args, output, error));
            var finished = await Task.WhenAny(run, Task.Delay(TimeSpan.FromMinutes(1)));
            Assert.True(finished == run, $"{name} did not finish within a minute");

            int exit = await run;
            string stderr = error.ToString();
            Assert.True(testCase.Exit == exit, $"{name}: exit {exit}, expected {testCase.Exit}; stderr:\n{stderr}");
            foreach (string expected in testCase.Names.Select(n => Expand(n, folder)))
            {
                Assert.True(stderr.Contains(expected, StringComparison.Ordinal), $"{name}: stderr does not name '{expected}':\n{stderr}");
            }

            foreach (string hidden in testCase.Hides.Append("   at ").Append("System.").Append("Exception"))
            {
                Assert.False(stderr.Contains(hidden, StringComparison.Ordinal), $"{name}: stderr shows '{hidden}':\n{stderr}");
            }

            if (testCase.Exit == 2)
            {
                Assert.Equal("", output.ToString());
                Assert.Equal(before, Listing(folder));
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string Expand(string text, string folder) =>
        text.Replace("{dir}", folder, StringComparison.Ordinal).Replace("{orlib}", BadInputCorpus.OrLibFolder, StringComparison.Ordinal);

    private static List<string> Listing(string folder) =>
        Directory.GetFileSystemEntries(folder, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
            .Select(e => Path.GetRelativePath(folder, e))
            .Order(StringComparer.Ordinal)
            .ToList();
}
