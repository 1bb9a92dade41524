using Sim.Runner.Studies;

namespace Sim.Runner.Tests.Studies;

public sealed class ReplicationCsvTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sim-replication-csv-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static ReplicationTable Sample() => new(
        [new KpiKey("all", "orders", "count"), new KpiKey("mode=express;market=US", "delivery_days_mean", "days")],
        [[100.0, 120.0, 90.0], [0.1 + 0.2, double.NaN, 1e-300]],
        3);

    private string WriteFile(ReplicationTable table)
    {
        string path = Path.Combine(_folder, ReplicationCsv.FileName);
        using (var stream = File.Create(path))
        {
            ReplicationCsv.Write(stream, table);
        }

        return path;
    }

    [Fact]
    public void Write_Table_OneLinePerKpiAndReplicationEmptyWhereUndefined()
    {
        string[] lines = File.ReadAllLines(WriteFile(Sample()));

        Assert.Equal("group,kpi,unit,replication,value", lines[0]);
        Assert.Equal("all,orders,count,0,100", lines[1]);
        Assert.Equal("mode=express;market=US,delivery_days_mean,days,1,", lines[5]);
        Assert.Equal(7, lines.Length);
    }

    [Fact]
    public void Read_WrittenTable_RoundTripsEveryDoubleExactly()
    {
        var read = ReplicationCsv.Read(WriteFile(Sample()));

        Assert.Equal(Sample().Keys, read.Keys);
        Assert.Equal(3, read.Replications);
        Assert.Equal([0.1 + 0.2, double.NaN, 1e-300], read.ValuesOf(1));
        Assert.Equal(1, read.IndexOf("mode=express;market=US", "delivery_days_mean"));
    }

    [Fact]
    public void Read_ReplicationsOutOfOrder_NamesTheLine()
    {
        string path = Path.Combine(_folder, "bad.csv");
        File.WriteAllText(path, "group,kpi,unit,replication,value\nall,orders,count,0,1\nall,orders,count,2,1\n");

        var ex = Assert.Throws<ResultFileException>(() => ReplicationCsv.Read(path));

        Assert.StartsWith($"{path}:3: replication:", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NotANumber_NamesLineAndColumn()
    {
        string path = Path.Combine(_folder, "bad.csv");
        File.WriteAllText(path, "group,kpi,unit,replication,value\nall,orders,count,0,lots\n");

        var ex = Assert.Throws<ResultFileException>(() => ReplicationCsv.Read(path));

        Assert.Contains(":2: value: 'lots' is not a number", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MissingFile_SaysSo()
    {
        var ex = Assert.Throws<ResultFileException>(() => ReplicationCsv.Read(Path.Combine(_folder, "none.csv")));

        Assert.Contains("not found", ex.Message, StringComparison.Ordinal);
    }
}
