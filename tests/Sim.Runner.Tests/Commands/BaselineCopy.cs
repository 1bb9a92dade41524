using Sim.Models.Scenarios;

namespace Sim.Runner.Tests.Commands;

/// <summary>A private copy of the built-in baseline and its tables in a fresh folder, deleted on dispose.</summary>
internal sealed class BaselineCopy : IDisposable
{
    public BaselineCopy()
    {
        var source = Path.GetDirectoryName(ScenarioLoader.BaselinePath)!;
        Directory.CreateDirectory(Path.Combine(Folder, "tables"));
        foreach (var file in Directory.GetFiles(Path.Combine(source, "tables")))
        {
            File.Copy(file, Path.Combine(Folder, "tables", Path.GetFileName(file)));
        }

        File.Copy(ScenarioLoader.BaselinePath, YamlPath);
    }

    public string Folder { get; } = Directory.CreateTempSubdirectory("sim-baseline-").FullName;

    public string YamlPath => Path.Combine(Folder, "baseline.yaml");

    /// <summary>Writes a variant of the baseline beside it, with <paramref name="find"/> replaced, and returns its path.</summary>
    public string Variant(string fileName, string find, string replace)
    {
        var text = File.ReadAllText(YamlPath);
        Assert.Contains(find, text, StringComparison.Ordinal);
        var path = Path.Combine(Folder, fileName);
        File.WriteAllText(path, text.Replace(find, replace, StringComparison.Ordinal));
        return path;
    }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
