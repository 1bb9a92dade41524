using Sim.Runner.Output;

namespace Sim.Runner.Tests.Output;

public sealed class ResultSetTests : IDisposable
{
    private static readonly ResultOrigin Origin = new("a.yaml", "/x/a.yaml", new string('a', 64), ["a.yaml"]);
    private static readonly ResultOrigin OtherOrigin = new("b.yaml", "/x/b.yaml", new string('b', 64), ["b.yaml"]);

    private readonly string _parent = Directory.CreateTempSubdirectory("sim-resultset-").FullName;

    private string Target => Path.Combine(_parent, "results");

    public void Dispose() => Directory.Delete(_parent, recursive: true);

    private void WriteSet(ResultOrigin origin, params (string Name, string Text)[] files)
    {
        using var set = ResultSet.Begin(Target, origin, new ResultSetOptions());
        foreach (var (name, text) in files)
        {
            set.WriteAllText(name, text);
        }

        set.Commit();
    }

    private List<string> Entries() =>
        Directory.GetFileSystemEntries(_parent, "*", SearchOption.AllDirectories).Select(e => Path.GetRelativePath(_parent, e)).Order(StringComparer.Ordinal).ToList();

    [Fact]
    public void Commit_NewFolder_HoldsEveryFileAndTheOrigin()
    {
        WriteSet(Origin, ("kpis.csv", "a"), ("charts/cost.svg", "<svg/>"));

        Assert.Equal("a", File.ReadAllText(Path.Combine(Target, "kpis.csv")));
        Assert.Equal("<svg/>", File.ReadAllText(Path.Combine(Target, "charts", "cost.svg")));
        Assert.Equal(Origin.Sha256, ResultOrigin.TryRead(Target)!.Sha256);
        Assert.Equal(["results", "results/charts", "results/charts/cost.svg", "results/kpis.csv", "results/source.json"], Entries());
    }

    [Fact]
    public void Commit_ExistingSet_ReplacesItAsAWhole()
    {
        WriteSet(Origin, ("kpis.csv", "old"), ("old-only.txt", "x"));

        WriteSet(Origin, ("kpis.csv", "new"));

        Assert.Equal("new", File.ReadAllText(Path.Combine(Target, "kpis.csv")));
        Assert.False(File.Exists(Path.Combine(Target, "old-only.txt")));
        Assert.Equal(["results", "results/kpis.csv", "results/source.json"], Entries());
    }

    [Fact]
    public void Dispose_WithoutCommit_KeepsTheOldSetAndRemovesTheStaging()
    {
        WriteSet(Origin, ("kpis.csv", "old"));

        using (var set = ResultSet.Begin(Target, Origin, new ResultSetOptions()))
        {
            set.WriteAllText("kpis.csv", "half");
        }

        Assert.Equal("old", File.ReadAllText(Path.Combine(Target, "kpis.csv")));
        Assert.Equal(["results", "results/kpis.csv", "results/source.json"], Entries());
    }

    [Fact]
    public void Begin_SetOfAnotherInput_IsRefusedUnlessForced()
    {
        WriteSet(Origin, ("kpis.csv", "a"));

        var error = Assert.Throws<OutputFolderException>(() => ResultSet.Begin(Target, OtherOrigin, new ResultSetOptions()));
        Assert.Contains("'a.yaml'", error.Message, StringComparison.Ordinal);
        Assert.Contains("--force", error.Message, StringComparison.Ordinal);

        using var forced = ResultSet.Begin(Target, OtherOrigin, new ResultSetOptions { Force = true });
        forced.Commit();
        Assert.Equal("b.yaml", ResultOrigin.TryRead(Target)!.File);
    }

    [Fact]
    public void Begin_SameContentFromAnotherPath_MayReplace()
    {
        WriteSet(Origin, ("kpis.csv", "a"));
        var copy = Origin with { File = "copy.yaml", FullPath = "/elsewhere/copy.yaml" };

        using var set = ResultSet.Begin(Target, copy, new ResultSetOptions());
        set.Commit();

        Assert.Equal("copy.yaml", ResultOrigin.TryRead(Target)!.File);
    }

    [Fact]
    public void Begin_FolderOfAnEarlierSimWithoutOrigin_IsReplaced()
    {
        Directory.CreateDirectory(Target);
        File.WriteAllText(Path.Combine(Target, "kpis.csv"), "old");
        File.WriteAllText(Path.Combine(Target, ".kpis.json.4242.tmp"), "half");

        WriteSet(Origin, ("kpis.csv", "new"));

        Assert.Equal(["results", "results/kpis.csv", "results/source.json"], Entries());
    }

    [Fact]
    public void Begin_CurrentFolder_IsRefused()
    {
        var error = Assert.Throws<OutputFolderException>(() => ResultSet.Begin(".", Origin, new ResultSetOptions { Force = true }));

        Assert.Contains("is the current folder or holds it", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Begin_LeftoversOfKilledWriters_AreRemoved()
    {
        WriteSet(Origin, ("kpis.csv", "a"));
        Directory.CreateDirectory(Path.Combine(_parent, ".results.sim-new-0123456789abcdef"));
        Directory.CreateDirectory(Path.Combine(_parent, ".results.sim-old-0123456789abcdef"));
        Directory.CreateDirectory(Path.Combine(_parent, ".results.sim-new-not-a-token"));

        using (ResultSet.Begin(Target, Origin, new ResultSetOptions()))
        {
        }

        Assert.Equal([".results.sim-new-not-a-token", "results", "results/kpis.csv", "results/source.json"], Entries());
    }

    [Fact]
    public void Begin_ParkedSetWithoutTarget_IsMovedBack()
    {
        WriteSet(Origin, ("kpis.csv", "old"));
        Directory.Move(Target, Path.Combine(_parent, ".results.sim-old-0123456789abcdef"));

        using (ResultSet.Begin(Target, Origin, new ResultSetOptions()))
        {
            Assert.Equal("old", File.ReadAllText(Path.Combine(Target, "kpis.csv")));
        }
    }

    [Fact]
    public void Begin_WhileAnotherSetIsOpen_Throws()
    {
        using var first = ResultSet.Begin(Target, Origin, new ResultSetOptions());

        var error = Assert.Throws<IOException>(() => ResultSet.Begin(Target, Origin, new ResultSetOptions()));

        Assert.Contains("another sim process", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PathOf_PathLeavingTheSet_Throws()
    {
        using var set = ResultSet.Begin(Target, Origin, new ResultSetOptions());

        Assert.Throws<ArgumentException>(() => set.PathOf("../escape.txt"));
        Assert.Throws<ArgumentException>(() => set.PathOf("/tmp/escape.txt"));
        Assert.StartsWith(set.StagingFolder, set.PathOf("charts/a.png"), StringComparison.Ordinal);
    }
}
