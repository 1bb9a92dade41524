using Sim.Models.Flow;
using Sim.Models.Network;
using Sim.Models.Scenarios;
using Sim.Models.Scenarios.Generation;

namespace Sim.Models.Tests.Scenarios.Generation;

public sealed class ScenarioGeneratorTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sim-generator-tests-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private Scenario Load(GeneratorOptions options, out IReadOnlyList<ScenarioError> errors)
    {
        var folder = Path.Combine(_folder, Guid.NewGuid().ToString("N"));
        foreach (var file in ScenarioGenerator.Generate(options).Files)
        {
            var path = Path.Combine(folder, file.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, file.Content);
        }

        return ScenarioLoader.TryLoad(Path.Combine(folder, GeneratedScenario.YamlFile), out errors)!;
    }

    [Theory]
    [InlineData(1, 1, 1, 0, 1UL)]
    [InlineData(3, 2, 3, 0, 2UL)]
    [InlineData(4, 3, 4, 4, 3UL)]
    [InlineData(5, 12, 5, 9, 4UL)]
    [InlineData(2, 4, 7, 6, 5UL)]
    [InlineData(30, 5, 7, 15, 1UL)]
    [InlineData(GeneratorOptions.MaxMarkets, GeneratorOptions.MaxClasses, 7, 3 * GeneratorOptions.MaxMarkets, 6UL)]
    public void Generate_AnySize_LoadsWithoutErrorsWithTheRequestedSize(int markets, int classes, int modes, int warehouses, ulong seed)
    {
        var options = new GeneratorOptions { Markets = markets, Classes = classes, Modes = modes, Warehouses = warehouses, Seed = seed };

        var scenario = Load(options, out var errors);

        Assert.Empty(errors);
        Assert.Equal(markets, scenario.Markets.Count);
        Assert.Equal(classes, scenario.ProductClasses.Count);
        Assert.Equal(warehouses, scenario.Warehouses.Count);
        Assert.Equal(markets * classes, scenario.DemandStreams.Count);
        var business = scenario.Modes.Where(m => m.Kind is not (ModeKind.Replenishment or ModeKind.Reverse)).Select(m => m.Kind);
        Assert.Equal(Enum.GetValues<ModeKind>().Take(modes).Order(), business.Order());
        Assert.All(scenario.Markets, m => Assert.NotEmpty(m.DutyRegimes));
        Assert.Equal(markets, scenario.CustomsProfiles.Count(p => p.Id.EndsWith("-import", StringComparison.Ordinal)));
    }

    [Fact]
    public void Generate_SameOptions_ByteIdenticalFiles_OtherSeed_OtherFiles()
    {
        var options = new GeneratorOptions { Markets = 6, Classes = 3, Modes = 7, Warehouses = 5, Seed = 42 };

        var one = ScenarioGenerator.Generate(options);
        var two = ScenarioGenerator.Generate(options);
        var other = ScenarioGenerator.Generate(options with { Seed = 43 });

        Assert.Equal(one.Files, two.Files);
        Assert.Equal(one.Files.Select(f => f.Path), other.Files.Select(f => f.Path));
        Assert.NotEqual(one.Files[0].Content, other.Files[0].Content);
        Assert.Equal(["scenario.yaml", "tables/lanes.csv", "tables/demand.csv", "tables/rate_cards.csv"], one.Files.Select(f => f.Path));
    }

    [Fact]
    public void Generate_MoreMarketsAndClasses_KeepsTheSmallerScenariosOnes()
    {
        var small = Load(new GeneratorOptions { Markets = 3, Classes = 2, Modes = 3, Warehouses = 0, Seed = 9 }, out _);
        var large = Load(new GeneratorOptions { Markets = 12, Classes = 6, Modes = 3, Warehouses = 0, Seed = 9 }, out _);

        Assert.Equal(small.Markets.Select(m => m.DutyRegimes.Count), large.Markets.Take(3).Select(m => m.DutyRegimes.Count));
        Assert.Equal(small.Markets.Select(m => m.DutyRegimes[0]), large.Markets.Take(3).Select(m => m.DutyRegimes[0]));
        Assert.Equal(small.ProductClasses, large.ProductClasses.Take(2));
        Assert.Equal(small.DemandStreams.Select(d => d.OrdersPerDay), large.DemandStreams.Where(d => small.DemandStreams.Any(s => s.Market == d.Market && s.ProductClass == d.ProductClass)).Select(d => d.OrdersPerDay));
    }

    [Fact]
    public void Generate_SmallScenario_RunsAndDeliversFromStockAndByDirectModes()
    {
        // Warehouses in 2 of 4 markets: their lanes ship from stock, the others split over direct modes.
        var scenario = Load(new GeneratorOptions { Markets = 4, Classes = 2, Modes = 7, Warehouses = 2, Seed = 3 }, out var errors);
        Assert.Empty(errors);

        var kpis = ScenarioSimulation.RunReplication(scenario, 3, 0);

        long Delivered(string key) => kpis.Group(key)?.Delivered ?? 0;
        Assert.True(Delivered("mode=owh") > 100, $"{Delivered("mode=owh")} delivered from stock");
        Assert.All(new[] { "postal", "express", "dedicated", "directmail" }, mode => Assert.True(Delivered($"mode={mode}") > 20, $"{mode}: {Delivered($"mode={mode}")}"));
        var all = kpis.Group("all")!;
        Assert.InRange(all.Delivered, 0.7 * all.Orders, all.Orders);
    }

    [Theory]
    [InlineData(0, 1, 1, 0, "Markets")]
    [InlineData(41, 1, 1, 0, "Markets")]
    [InlineData(1, 0, 1, 0, "Classes")]
    [InlineData(1, 1, 8, 0, "Modes")]
    [InlineData(2, 1, 3, 1, "Warehouses")]
    [InlineData(2, 1, 4, 3, "Warehouses")]
    [InlineData(2, 1, 7, -1, "Warehouses")]
    public void Generate_OptionOutOfRange_ThrowsNamingIt(int markets, int classes, int modes, int warehouses, string option)
    {
        var options = new GeneratorOptions { Markets = markets, Classes = classes, Modes = modes, Warehouses = warehouses };

        var exception = Assert.Throws<ArgumentException>(() => ScenarioGenerator.Generate(options));

        Assert.Equal(option, exception.ParamName);
        Assert.Equal(option, Assert.Single(options.Problems()).Option);
    }
}
