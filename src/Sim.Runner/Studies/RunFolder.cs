using Sim.Models.Kpis;
using Sim.Models.Scenarios;
using Sim.Runner.Charts;
using Sim.Runner.Output;

namespace Sim.Runner.Studies;

/// <summary>
/// Writes the files of one run (a <c>sim run</c>, or one cell of a sweep) into its result set:
/// <c>kpis.csv</c>, <c>kpis.json</c>, <c>replications.csv</c>, <c>delivery_time_histogram.csv</c> and
/// the charts under <c>charts/</c>,
/// which depend only on the scenario, its overrides, the seed and the replication count (never on
/// time or thread count), and <c>manifest.json</c>, which records when and how. Stateless and
/// thread-safe (for different sets).
/// </summary>
internal static class RunFolder
{
    /// <summary>Merges the replications and writes the data files into <paramref name="set"/>.</summary>
    /// <param name="set">The open result set.</param>
    /// <param name="scenario">The scenario that ran (with its overrides applied).</param>
    /// <param name="scenarioFile">The scenario file as the user named it (on the command line or in the study file).</param>
    /// <param name="seed">The root seed.</param>
    /// <param name="replications">Every replication's KPIs, in replication order.</param>
    /// <param name="warnings">Where a chart that cannot be drawn is reported (the data files are written regardless); must be thread-safe when shared.</param>
    /// <returns>The merged KPIs, the rows written (see <see cref="ReportedRows"/>) and the in-flight warnings recorded in <c>kpis.json</c>.</returns>
    public static RunData WriteData(ResultSet set, Scenario scenario, string scenarioFile, ulong seed, IReadOnlyList<ReplicationKpis> replications, TextWriter warnings)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(scenario);
        var summary = KpiSummary.FromReplications(replications);
        IReadOnlyList<KpiRow> rows = ReportedRows.Select(summary, replications);
        IReadOnlyList<string> inFlight = summary.InFlightWarnings;
        string sha256 = scenario.Source?.Sha256 ?? "";
        set.Write("kpis.csv", stream => KpiCsvWriter.Write(stream, rows));
        set.Write("kpis.json", stream => KpiJsonWriter.Write(stream, new RunRecord(scenario.Name, scenarioFile, sha256, seed, replications.Count, inFlight, rows)));
        set.Write(ReplicationCsv.FileName, stream => ReplicationCsv.Write(stream, ReplicationTable.FromSummary(summary).Only(rows)));
        set.Write(DeliveryHistogramCsv.FileName, stream => DeliveryHistogramCsv.Write(stream, summary));
        DrawCharts(set.PathOf("charts"), RunCharts.Build(summary, rows, scenario.Currency), warnings);
        return new RunData(summary, rows, inFlight);
    }

    /// <summary>
    /// Renders <paramref name="charts"/> into <paramref name="folder"/>, several gnuplot processes at
    /// once (they would otherwise be a serial tail after the parallel replications); a chart gnuplot
    /// cannot draw is reported to <paramref name="warnings"/>.
    /// </summary>
    public static void DrawCharts(string folder, IEnumerable<ChartSpec> charts, TextWriter warnings)
    {
        ArgumentNullException.ThrowIfNull(warnings);
        var synchronized = TextWriter.Synchronized(warnings);
        Directory.CreateDirectory(folder);
        Parallel.ForEach(charts, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, chart =>
        {
            try
            {
                GnuplotRenderer.Render(folder, chart);
            }
            catch (ChartException ex)
            {
                synchronized.WriteLine($"sim: warning: chart {chart.Name} not drawn: {ex.Message}");
            }
        });
    }

    /// <summary>Writes <paramref name="manifest"/> into <paramref name="set"/>.</summary>
    public static void WriteManifest(ResultSet set, RunManifest manifest)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(manifest);
        set.Write(RunManifest.FileName, manifest.WriteTo);
    }

    /// <summary>Writes <paramref name="manifest"/> into the folder <paramref name="folder"/> (a sweep's), atomically.</summary>
    public static void WriteManifest(string folder, RunManifest manifest)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        SweepFiles.Write(folder, RunManifest.FileName, manifest.WriteTo);
    }
}
