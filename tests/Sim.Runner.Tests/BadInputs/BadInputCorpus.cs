using System.Diagnostics;
using Sim.Models.Scenarios;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Sim.Runner.Tests.BadInputs;

/// <summary>Reads the corpus files of <c>tests/data/bad-inputs</c> and builds a case's input folder.</summary>
internal static class BadInputCorpus
{
    public static string DataFolder { get; } = Path.Combine(RepositoryRoot(), "tests", "data", "bad-inputs");

    public static string OrLibFolder { get; } = Path.Combine(RepositoryRoot(), "tests", "data", "orlib-cflp");

    /// <summary>Every case, keyed <c>file/name</c> (file: the corpus file without extension).</summary>
    public static IReadOnlyDictionary<string, BadInputCase> Cases { get; } = Load();

    /// <summary>Builds the input files of <paramref name="testCase"/> in <paramref name="folder"/>.</summary>
    public static void Materialise(BadInputCase testCase, string folder)
    {
        string baseScenario = "";
        if (testCase.Base == "minimal")
        {
            CopyFolder(Path.Combine(DataFolder, "base", "minimal"), folder);
            baseScenario = File.ReadAllText(Path.Combine(folder, "scenario.yaml"));
        }
        else if (testCase.Base == "baseline")
        {
            CopyFolder(Path.GetDirectoryName(ScenarioLoader.BaselinePath)!, folder);
            File.Move(Path.Combine(folder, "baseline.yaml"), Path.Combine(folder, "scenario.yaml"));
            baseScenario = File.ReadAllText(Path.Combine(folder, "scenario.yaml"));
        }

        foreach (var edit in testCase.Edit)
        {
            string path = Path.Combine(folder, edit.File);
            string text = File.ReadAllText(path);
            Assert.True(text.Contains(edit.Find, StringComparison.Ordinal), $"{testCase.Name}: '{edit.Find}' is not in {edit.File}");
            File.WriteAllText(path, text.Replace(edit.Find, edit.Replace, StringComparison.Ordinal));
        }

        foreach (var (name, content) in testCase.Files)
        {
            Write(folder, name, System.Text.Encoding.UTF8.GetBytes(content));
        }

        foreach (var (name, kind) in testCase.Generate)
        {
            Write(folder, name, HostileContent.Make(kind, baseScenario));
        }

        foreach (var (name, target) in testCase.Links)
        {
            File.Delete(Path.Combine(folder, name));
            File.CreateSymbolicLink(Path.Combine(folder, name), target);
        }

        foreach (string name in testCase.Fifos)
        {
            File.Delete(Path.Combine(folder, name));
            using var mkfifo = Process.Start("mkfifo", Path.Combine(folder, name));
            mkfifo.WaitForExit();
            Assert.Equal(0, mkfifo.ExitCode);
        }

        foreach (string name in testCase.Folders)
        {
            File.Delete(Path.Combine(folder, name));
            Directory.CreateDirectory(Path.Combine(folder, name));
        }
    }

    private static void Write(string folder, string name, byte[] content)
    {
        string path = Path.Combine(folder, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.Delete(path);
        File.WriteAllBytes(path, content);
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (string file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            string target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private static Dictionary<string, BadInputCase> Load()
    {
        var deserializer = new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).Build();
        var cases = new Dictionary<string, BadInputCase>(StringComparer.Ordinal);
        foreach (string file in Directory.GetFiles(DataFolder, "*.yaml").Order(StringComparer.Ordinal))
        {
            foreach (var testCase in deserializer.Deserialize<List<BadInputCase>>(File.ReadAllText(file)))
            {
                cases.Add($"{Path.GetFileNameWithoutExtension(file)}/{testCase.Name}", testCase);
            }
        }

        return cases;
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Simulation.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Simulation.sln not found above the test assembly.");
    }
}
