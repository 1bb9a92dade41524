using Sim.Runner.Output;

namespace Sim.Runner.Tests.Output;

public sealed class AtomicFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sim-atomic-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Write_WriterThrows_LeavesTheOldFileAndNoTemporary()
    {
        string path = Path.Combine(_folder, "kpis.csv");
        File.WriteAllText(path, "old");

        Assert.Throws<InvalidOperationException>(() => AtomicFile.Write(path, stream =>
        {
            stream.Write("new, half"u8);
            throw new InvalidOperationException("crash mid-write");
        }));

        Assert.Equal("old", File.ReadAllText(path));
        Assert.Equal([path], Directory.GetFiles(_folder));
    }

    [Fact]
    public void WriteAllText_NewFolder_CreatesItAndWritesUtf8WithoutBom()
    {
        string path = Path.Combine(_folder, "sub", "out.json");

        AtomicFile.WriteAllText(path, "{\"a\":\"é\"}");

        Assert.Equal("{\"a\":\"é\"}"u8.ToArray(), File.ReadAllBytes(path));
    }
}
