using Sim.Models.Planning;

namespace Sim.Models.Tests.Planning;

public sealed class OrLibCflpReaderTests
{
    // 2 warehouses, 3 customers; customer 2's costs wrap onto a second line, as in the real files.
    private const string Small = """
         2 3
         10 100.
         capacity 50
         4
         8.0 12.
         6
         3
         9
         5 1 2
        """;

    [Fact]
    public void Parse_WrappedCostLines_ReadsEveryField()
    {
        var instance = OrLibCflpReader.Parse(new StringReader(Small), "small.txt", "small", capacity: 7);

        Assert.Equal(2, instance.WarehouseCount);
        Assert.Equal(3, instance.CustomerCount);
        Assert.Equal([10.0, 7.0], instance.Capacities.ToArray());
        Assert.Equal([100.0, 50.0], instance.FixedCosts.ToArray());
        Assert.Equal([4.0, 6.0, 5.0], instance.Demands.ToArray());
        Assert.Equal(12.0, instance.AllocationCost(1, 0));
        Assert.Equal(9.0, instance.AllocationCost(1, 1));
        Assert.Equal(2.0, instance.AllocationCost(1, 2));
    }

    [Fact]
    public void Parse_CapacityKeywordWithoutValue_NamesLineAndField()
    {
        var error = Assert.Throws<OrLibFormatException>(() => OrLibCflpReader.Parse(new StringReader(Small), "small.txt", "small"));

        Assert.Equal(("small.txt", 3, "capacity of warehouse 2"), (error.File, error.Line, error.Field));
        Assert.Contains("--capacity", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_BadNumberInWrappedCosts_NamesItsLine()
    {
        var text = Small.Replace(" 9\n", " nine\n", StringComparison.Ordinal);

        var error = Assert.Throws<OrLibFormatException>(() => OrLibCflpReader.Parse(new StringReader(text), "bad.txt", "bad", 7));

        Assert.Equal(8, error.Line);
        Assert.Equal("cost of serving customer 2 from warehouse 2", error.Field);
        Assert.StartsWith("bad.txt:8: cost of serving customer 2 from warehouse 2: expected a non-negative number, found 'nine'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_TruncatedFile_NamesTheMissingFieldAndLastLine()
    {
        var text = string.Join('\n', Small.Split('\n')[..^1]);

        var error = Assert.Throws<OrLibFormatException>(() => OrLibCflpReader.Parse(new StringReader(text), "cut.txt", "cut", 7));

        Assert.Equal("demand of customer 3", error.Field);
        Assert.Contains("end of the file", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_TrailingData_IsRejected()
    {
        var error = Assert.Throws<OrLibFormatException>(() => OrLibCflpReader.Parse(new StringReader(Small + "\n 42\n"), "extra.txt", "extra", 7));

        Assert.Equal(10, error.Line);
        Assert.Contains("found '42'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0 3", "number of warehouses m (first number of line 1)")]
    [InlineData("2 -3", "number of customers n (second number of line 1)")]
    [InlineData("2.5 3", "number of warehouses m (first number of line 1)")]
    public void Parse_BadHeader_NamesTheCount(string header, string field)
    {
        var error = Assert.Throws<OrLibFormatException>(() => OrLibCflpReader.Parse(new StringReader(header), "h.txt", "h"));

        Assert.Equal((1, field), (error.Line, error.Field));
    }

    [Fact]
    public void Read_Cap41_MatchesTheFileHeaderAndFirstCustomer()
    {
        var instance = OrLibCflpReader.Read(OrLibData.PathOf("cap41"));

        Assert.Equal("cap41", instance.Name);
        Assert.Equal((16, 50), (instance.WarehouseCount, instance.CustomerCount));
        Assert.Equal(5000.0, instance.Capacities[0]);
        Assert.Equal(0.0, instance.FixedCosts[10]);
        Assert.Equal(146.0, instance.Demands[0]);
        Assert.Equal(6739.725, instance.AllocationCost(0, 0));
        Assert.Equal(6051.7, instance.AllocationCost(15, 0));
    }

    [Fact]
    public void Read_CapaWithCapacity_SubstitutesItForEveryWarehouse()
    {
        var instance = OrLibCflpReader.Read(OrLibData.PathOf("capa"), capacity: 8000);

        Assert.Equal((100, 1000), (instance.WarehouseCount, instance.CustomerCount));
        Assert.All(instance.Capacities.ToArray(), c => Assert.Equal(8000.0, c));
    }

    [Fact]
    public void Parse_HeaderPromisingMoreNumbersThanTheTextHolds_IsRefusedBeforeAllocating()
    {
        var error = Assert.Throws<OrLibFormatException>(() => OrLibCflpReader.Parse(new StringReader("999999999 999999999\n 1 2\n"), "huge.txt", "huge"));

        Assert.Equal(("huge.txt", 1), (error.File, error.Line));
        Assert.Contains("but the file can hold at most 13", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/dev/zero", "is not a regular file")]
    [InlineData("/tmp", "is a folder, not a file")]
    [InlineData("/no/such/cap.txt", "does not exist")]
    public void Read_PathThatIsNotARegularFile_IsAFormatErrorNamingIt(string path, string problem)
    {
        var error = Assert.Throws<OrLibFormatException>(() => OrLibCflpReader.Read(path));

        Assert.Equal((path, 0, "file"), (error.File, error.Line, error.Field));
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }
}
