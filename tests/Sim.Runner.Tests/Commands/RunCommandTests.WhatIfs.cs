using System.Text.Json;

namespace Sim.Runner.Tests.Commands;

/// <summary>What-if overrides, replications.csv, the manifest and the charts of <c>sim run</c>.</summary>
public sealed partial class RunCommandTests
{
    [Fact]
    public void Run_SetPathThatDoesNotExist_ExitsTwoListsTheValidPathsAndWritesNothing()
    {
        string results = Path.Combine(Folder, "results");

        var (exitCode, output, error) = Run(_baseline.YamlPath, 1, results, set: ["modes.postal.legs.linehaul.loss_probability=0.02", "modes.postal.legs.linehual.loss_probability=0.02"]);

        Assert.Equal(2, exitCode);
        Assert.Contains("no item 'linehual'", error, StringComparison.Ordinal);
        Assert.Contains("did you mean 'linehaul'", error, StringComparison.Ordinal);
        Assert.Contains("modes.postal.legs.pickup, modes.postal.legs.exchange, modes.postal.legs.export-customs, modes.postal.legs.linehaul", error, StringComparison.Ordinal);
        Assert.Empty(output);
        Assert.False(Directory.Exists(results));
    }

    [Fact]
    public void Run_SetWithoutEquals_ExitsTwoAndWritesNothing()
    {
        string results = Path.Combine(Folder, "results");

        var (exitCode, _, error) = Run(_baseline.YamlPath, 1, results, set: ["modes.postal.legs.linehaul.loss_probability"]);

        Assert.Equal(2, exitCode);
        Assert.Contains("PATH=VALUE", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(results));
    }

    [Fact]
    public void Run_SetLossProbability_ChangesThePostalLossRateAndTheManifestRecordsIt()
    {
        string plain = Path.Combine(Folder, "plain");
        string lossy = Path.Combine(Folder, "lossy");

        Assert.Equal(0, Run(_baseline.YamlPath, 0, plain, replications: 3).ExitCode);
        Assert.Equal(0, Run(_baseline.YamlPath, 0, lossy, replications: 3, set: ["modes.postal.legs.linehaul.loss_probability=0.2"]).ExitCode);

        static double PostalLoss(string folder) => double.Parse(
            File.ReadLines(Path.Combine(folder, "kpis.csv")).Single(l => l.StartsWith("mode=postal,loss_rate,", StringComparison.Ordinal)).Split(',')[3],
            System.Globalization.CultureInfo.InvariantCulture);

        // Baseline postal loss is about 1.5% (1% line-haul, 0.5% last mile); 20% on the line-haul cannot hide in noise.
        Assert.InRange(PostalLoss(plain), 0.005, 0.03);
        Assert.InRange(PostalLoss(lossy), 0.15, 0.25);
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(lossy, "manifest.json")));
        Assert.Equal("modes.postal.legs.linehaul.loss_probability=0.2", manifest.RootElement.GetProperty("overrides")[0].GetString());
        Assert.Equal(7UL, manifest.RootElement.GetProperty("seed").GetUInt64());
    }

    [Fact]
    public void Run_ReplicationsCsv_HoldsEveryReportedKpiOncePerReplication()
    {
        string results = Path.Combine(Folder, "results");

        Assert.Equal(0, Run(_baseline.YamlPath, 0, results, replications: 3).ExitCode);

        // The totals over all warehouses (whole run and per period) are added up after the merge: no per-replication rows.
        var kpis = File.ReadLines(Path.Combine(results, "kpis.csv")).Skip(1).Select(l => string.Join(',', l.Split(',').Take(2)))
            .Where(k => !k.StartsWith("warehouse=all,", StringComparison.Ordinal) && !k.StartsWith("warehouse=all;", StringComparison.Ordinal)).ToList();
        var replications = File.ReadLines(Path.Combine(results, "replications.csv")).Skip(1).Select(l => l.Split(',')).ToList();
        Assert.Equal(kpis.Count * 3, replications.Count);
        Assert.Equal(kpis, replications.Where(r => r[3] == "0").Select(r => $"{r[0]},{r[1]}"));
    }

    [Fact]
    public void Run_Baseline_DrawsItsChartsAsValidPngAndSvgThatTheirScriptsReRender()
    {
        string results = Path.Combine(Folder, "results");

        Assert.Equal(0, Run(_baseline.YamlPath, 0, results).ExitCode);

        string charts = Path.Combine(results, "charts");
        Assert.Equal(
            ["cost_per_parcel_by_mode_and_market", "delivery_time_cdf_by_mode", "utilisation_by_resource"],
            Directory.GetFiles(charts, "*.gp").Select(Path.GetFileNameWithoutExtension).Order());
        Charts.ImageFiles.AssertChartsReRender(charts, atLeast: 3);
        string[] cdf = File.ReadAllLines(Path.Combine(charts, "delivery_time_cdf_by_mode.csv"));
        Assert.Equal("share,postal,epacket,express,dedicated,owh,border-ru,bonded-cn,directmail-cn", cdf[0]);
        var postal = cdf.Skip(1).Select(l => double.Parse(l.Split(',')[1], System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(postal.Order(), postal);
    }

    [Fact]
    public void Run_DeliveryHistogram_DayBinsAddUpToTheArrivedOrdersOfEachGroup()
    {
        string results = Path.Combine(Folder, "results");

        Assert.Equal(0, Run(_baseline.YamlPath, 0, results, replications: 2).ExitCode);

        var rows = File.ReadLines(Path.Combine(results, "delivery_time_histogram.csv")).Skip(1).Select(l => l.Split(',')).ToList();
        static double Number(string text) => double.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
        foreach (var group in rows.GroupBy(r => r[0]))
        {
            var cumulative = group.Select(r => Number(r[5])).ToList();
            Assert.Equal(cumulative.Order(), cumulative);
            Assert.Equal(1.0, cumulative[^1], 9);
            Assert.All(group, r => Assert.True(Number(r[3]) >= 0 && Number(r[2]) - Number(r[1]) == 1, string.Join(',', r)));
        }

        // Arrived orders of all groups (delivered + returned), pooled over both replications, from kpis.csv.
        var kpis = File.ReadLines(Path.Combine(results, "kpis.csv")).Select(l => l.Split(',')).Where(r => r[0] == "all").ToDictionary(r => r[1], r => Number(r[3]));
        double arrived = (kpis["delivered"] + kpis["returned"]) * 2;
        Assert.Equal(arrived, rows.Where(r => r[0] == "all").Sum(r => Number(r[3])), arrived * 1e-5);
    }
}
