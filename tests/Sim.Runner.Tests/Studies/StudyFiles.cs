using Sim.Models.Scenarios;

namespace Sim.Runner.Tests.Studies;

/// <summary>
/// Study files in a fresh temporary folder, on the built-in baseline shortened to a few weeks so a
/// sweep takes seconds; deletes the folder on dispose.
/// </summary>
internal sealed class StudyFiles : IDisposable
{
    public string Folder { get; } = Directory.CreateTempSubdirectory("sim-study-tests-").FullName;

    /// <summary>A grid study: US de minimis 0/800 x postal line-haul loss over <paramref name="losses"/>.</summary>
    public string Grid(int replications = 3, double horizonDays = 20, params double[] losses) => Write("grid.yaml", $"""
        name: grid-test
        scenario: {ScenarioLoader.BaselinePath}
        replications: {replications}
        seed: 11
        set: {"{"}horizon_days: {horizonDays.ToString(System.Globalization.CultureInfo.InvariantCulture)}, warm_up_days: 3{"}"}
        grid:
          - {"{"}path: "markets.US.duty_regimes[1].de_minimis", name: us_de_minimis, values: [0, 800]{"}"}
          - {"{"}path: modes.postal.legs.linehaul.loss_probability, name: postal_loss, values: [{string.Join(", ", (losses.Length == 0 ? [0.01, 0.02] : losses).Select(l => l.ToString(System.Globalization.CultureInfo.InvariantCulture)))}]{"}"}
        reference: {"{"}us_de_minimis: 0, postal_loss: {(losses.Length == 0 ? 0.01 : losses[0]).ToString(System.Globalization.CultureInfo.InvariantCulture)}{"}"}
        """);

    /// <summary>Writes <paramref name="text"/> as <paramref name="name"/> in the folder; returns its path.</summary>
    public string Write(string name, string text)
    {
        string path = Path.Combine(Folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>A path in the folder that does not exist yet.</summary>
    public string NewFolder(string name) => Path.Combine(Folder, name);

    /// <summary>Every file under <paramref name="folder"/> but the manifests (which hold times) and hidden lock files, by relative path.</summary>
    public static SortedDictionary<string, byte[]> DataFiles(string folder) =>
        new(Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(f) != "manifest.json" && !Path.GetFileName(f).StartsWith('.'))
            .ToDictionary(f => Path.GetRelativePath(folder, f), File.ReadAllBytes), StringComparer.Ordinal);

    /// <summary>Asserts that the two folders hold the same data files, byte for byte.</summary>
    public static void AssertSameData(string expected, string actual)
    {
        var a = DataFiles(expected);
        var b = DataFiles(actual);
        Assert.Equal(a.Keys, b.Keys);
        foreach (var (name, bytes) in a)
        {
            Assert.True(bytes.AsSpan().SequenceEqual(b[name]), $"{name} differs");
        }
    }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
