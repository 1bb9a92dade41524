using System.CommandLine;
using Sim.Runner.Commands;

namespace Sim.Runner.Tests.Commands;

public sealed class GenerateCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sim-generate-tests-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Invoke_ValidSizes_WritesAScenarioThatValidateAccepts()
    {
        var output = Path.Combine(_folder, "generated");

        var (exitCode, stdout, stderr) = Invoke("generate", "--markets", "5", "--classes", "3", "--modes", "6", "--warehouses", "7", "--seed", "11", "--out", output);

        Assert.Equal(0, exitCode);
        Assert.Empty(stderr);
        Assert.StartsWith("generated generated-m5-c3-k6-w7-s11: ", stdout, StringComparison.Ordinal);
        Assert.Equal(["demand.csv", "lanes.csv", "rate_cards.csv"], Directory.GetFiles(Path.Combine(output, "tables")).Select(Path.GetFileName).Order());
        Assert.Equal(["scenario.yaml", "source.json"], Directory.GetFiles(output).Select(Path.GetFileName).Order());
        var (validExit, validOut, _) = Invoke("validate", Path.Combine(output, "scenario.yaml"));
        Assert.Equal(0, validExit);
        Assert.Contains("5 markets", validOut, StringComparison.Ordinal);
        Assert.Contains("7 warehouses", validOut, StringComparison.Ordinal);
    }

    [Fact]
    public void Invoke_SameSeedTwice_ByteIdenticalFiles()
    {
        string[] Generate(string name)
        {
            var folder = Path.Combine(_folder, name);
            Assert.Equal(0, Invoke("generate", "--markets", "3", "--classes", "2", "--warehouses", "2", "--out", folder).ExitCode);
            return Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Order().Select(File.ReadAllText).ToArray();
        }

        Assert.Equal(Generate("one"), Generate("two"));
    }

    [Fact]
    public void Invoke_TooManyWarehouses_ExitsTwoNamingTheOptionAndWritesNothing()
    {
        var output = Path.Combine(_folder, "refused");

        var (exitCode, stdout, stderr) = Invoke("generate", "--markets", "2", "--classes", "1", "--modes", "4", "--warehouses", "3", "--out", output);

        Assert.Equal(2, exitCode);
        Assert.Empty(stdout);
        Assert.StartsWith("sim generate: --warehouses: warehouses must be 0 to 2", stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void Invoke_FolderHoldingSomethingElse_ExitsTwoAndKeepsIt()
    {
        var output = Path.Combine(_folder, "notes");
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, "notes.txt"), "mine");

        var (exitCode, _, stderr) = Invoke("generate", "--markets", "2", "--classes", "1", "--out", output);

        Assert.Equal(2, exitCode);
        Assert.StartsWith("sim generate: --out: ", stderr, StringComparison.Ordinal);
        Assert.Equal(["notes.txt"], Directory.GetFiles(output).Select(Path.GetFileName));
        Assert.Equal("mine", File.ReadAllText(Path.Combine(output, "notes.txt")));
    }

    [Fact]
    public void Invoke_IntoAFolderGeneratedBefore_ReplacesTheWholeScenario()
    {
        var output = Path.Combine(_folder, "again");
        Assert.Equal(0, Invoke("generate", "--markets", "2", "--classes", "1", "--modes", "3", "--out", output).ExitCode);

        var (exitCode, _, _) = Invoke("generate", "--markets", "4", "--classes", "2", "--modes", "4", "--warehouses", "1", "--out", output);

        Assert.Equal(0, exitCode);
        Assert.Contains("generated-m4-c2-k4-w1-s1", File.ReadAllText(Path.Combine(output, "scenario.yaml")), StringComparison.Ordinal);
        Assert.Equal(0, Invoke("validate", Path.Combine(output, "scenario.yaml")).ExitCode);
    }

    private static (int ExitCode, string Output, string Error) Invoke(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var root = new RootCommand { GenerateCommand.Create(), ValidateCommand.Create() };
        var exitCode = root.Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (exitCode, output.ToString(), error.ToString());
    }
}
