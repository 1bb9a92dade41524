using Sim.Runner.Output;

namespace Sim.Runner.Tests.Output;

public sealed class DirectoryExchangeTests : IDisposable
{
    private readonly string _parent = Directory.CreateTempSubdirectory("sim-exchange-").FullName;

    public void Dispose() => Directory.Delete(_parent, recursive: true);

    private string Folder(string name, string content)
    {
        var path = Path.Combine(_parent, name);
        Directory.CreateDirectory(path);
        File.WriteAllText(Path.Combine(path, "f"), content);
        return path;
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Replace_ExistingTarget_PutsTheNewFolderInPlaceAndReturnsTheOld(bool exchange)
    {
        var staged = Folder("staged", "new");
        var target = Folder("target", "old");
        var parked = Path.Combine(_parent, "parked");

        var previous = DirectoryExchange.Replace(staged, target, parked, () => { }, exchange);

        Assert.Equal("new", File.ReadAllText(Path.Combine(target, "f")));
        Assert.Equal("old", File.ReadAllText(Path.Combine(previous!, "f")));
    }

    [Fact]
    public void Replace_NoTarget_MovesTheFolderAndReturnsNull()
    {
        var staged = Folder("staged", "new");
        var target = Path.Combine(_parent, "target");

        Assert.Null(DirectoryExchange.Replace(staged, target, Path.Combine(_parent, "parked"), () => { }, tryExchange: true));
        Assert.Equal("new", File.ReadAllText(Path.Combine(target, "f")));
    }

    [Fact]
    public void Replace_FallbackKilledBetweenItsRenames_LeavesACompleteParkedSetThatRecoveryRestores()
    {
        var staged = Folder(".target.sim-new-0000000000000001", "new");
        var target = Folder("target", "old");
        var parked = Path.Combine(_parent, ".target.sim-old-0000000000000002");

        Assert.Throws<OperationCanceledException>(() =>
            DirectoryExchange.Replace(staged, target, parked, () => throw new OperationCanceledException("killed"), tryExchange: false));
        Assert.False(Directory.Exists(target));

        Assert.Equal(2, ResultLeftovers.Clean(_parent, "target"));

        Assert.Equal("old", File.ReadAllText(Path.Combine(target, "f")));
        Assert.Equal(["target"], Directory.GetFileSystemEntries(_parent).Select(Path.GetFileName));
    }
}
