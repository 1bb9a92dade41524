using System.Diagnostics;
using Sim.Models.Scenarios.Loading;

namespace Sim.Models.Tests.Scenarios.Loading;

public sealed class InputFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sim-input-file-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void TryRead_RegularFileWithinTheLimit_ReturnsItsBytes()
    {
        string path = Path.Combine(_folder, "a.csv");
        File.WriteAllText(path, "origin\n");

        Assert.Equal("origin\n"u8.ToArray(), InputFile.TryRead(path, 100, out var problem));
        Assert.Null(problem);
    }

    [Fact]
    public void TryRead_FileOverTheLimit_IsRefused()
    {
        string path = Path.Combine(_folder, "a.csv");
        File.WriteAllBytes(path, new byte[2049]);

        Assert.Null(InputFile.TryRead(path, 2048, out var problem));
        Assert.Equal("is larger than the limit of 2 KiB", problem);
    }

    [Theory]
    [InlineData("/dev/zero", "is not a regular file (a device, pipe or socket); give a file")]
    [InlineData("/tmp", "is a folder, not a file")]
    [InlineData("/no/such/file", "does not exist")]
    public void TryRead_NotARegularFile_IsRefusedWithoutReading(string path, string expected)
    {
        Assert.Null(InputFile.TryRead(path, 1 << 20, out var problem));
        Assert.Equal(expected, problem);
    }

    [Fact]
    public void TryRead_NamedPipe_IsRefusedWithoutBlocking()
    {
        string fifo = Path.Combine(_folder, "pipe");
        using (var mkfifo = Process.Start("mkfifo", fifo))
        {
            mkfifo.WaitForExit();
        }

        Assert.Null(InputFile.TryRead(fifo, 1 << 20, out var problem));
        Assert.StartsWith("is not a regular file", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void TryRead_SymbolicLinkToARegularFile_IsRead()
    {
        string target = Path.Combine(_folder, "target.csv");
        File.WriteAllText(target, "x");
        string link = Path.Combine(_folder, "link.csv");
        File.CreateSymbolicLink(link, target);

        Assert.Equal("x"u8.ToArray(), InputFile.TryRead(link, 100, out _));
    }
}
