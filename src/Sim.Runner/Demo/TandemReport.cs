using System.Globalization;
using Sim.Engine.Resources;
using Sim.Engine.Statistics;
using Sim.Models.Demo;
using Spectre.Console;

namespace Sim.Runner.Demo;

/// <summary>Turns tandem-line replications into a KPI table with confidence intervals and the Jackson reference values.</summary>
internal static class TandemReport
{
    /// <summary>Builds the table: one row per KPI, replication mean, 95% half-width, and the closed-form value where one exists.</summary>
    public static Table Build(TandemQueueConfig config, IReadOnlyList<TandemQueueResult> results)
    {
        var table = new Table().Title("Tandem line: KPIs over replications (times in minutes)")
            .AddColumn("KPI").AddColumn(new TableColumn("mean").RightAligned())
            .AddColumn(new TableColumn("95% CI ±").RightAligned()).AddColumn(new TableColumn("theory").RightAligned());
        var sojourn = new QuantileHistogram();
        foreach (TandemQueueResult r in results)
        {
            sojourn.Merge(r.SojournQuantiles);
        }

        double jackson = 0;
        for (int k = 0; k < config.Servers.Count; k++)
        {
            double mu = 1 / config.MeanServiceMinutes[k];
            double wait = QueueingFormulas.MmcMeanWait(config.Servers[k], config.ArrivalsPerMinute, mu);
            jackson += wait + config.MeanServiceMinutes[k];
            int station = k;
            AddRow(table, $"station {k + 1} (c={config.Servers[k]}) mean wait", results.Select(x => x.StationMeanWaits[station]), wait);
            AddRow(table, $"station {k + 1} utilisation", results.Select(x => x.StationUtilisation[station]), config.ArrivalsPerMinute / (config.Servers[k] * mu));
        }

        AddRow(table, "sojourn time, mean", results.Select(x => x.Sojourn.Mean), jackson);
        AddRow(table, "customers in line, mean", results.Select(x => x.MeanInSystem), jackson * config.ArrivalsPerMinute);
        AddRow(table, "throughput per minute", results.Select(x => x.ThroughputPerMinute), config.ArrivalsPerMinute);
        foreach (double q in new[] { 0.5, 0.9, 0.95, 0.99 })
        {
            table.AddRow($"sojourn time, P{q * 100:0} (all replications)", Format(sojourn.Quantile(q)), "", "");
        }

        return table;
    }

    private static void AddRow(Table table, string name, IEnumerable<double> values, double theory)
    {
        var summary = ReplicationSummary.FromValues(values);
        table.AddRow(name, Format(summary.Mean), Format(summary.HalfWidth), Format(theory));
    }

    private static string Format(double value) => value.ToString("0.0000", CultureInfo.InvariantCulture);
}
