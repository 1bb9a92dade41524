using Sim.Models.Kpis;
using Sim.Models.Scenarios;
using Sim.Runner.Output;

namespace Sim.Runner.Studies;

/// <summary>
/// Writes the data files of one run (a <c>sim run</c>, or one cell of a sweep) into a folder:
/// <c>kpis.csv</c>, <c>kpis.json</c> and <c>replications.csv</c>. They depend only on the scenario,
/// its overrides, the seed and the replication count, never on time or thread count. Stateless and
/// thread-safe (for different folders).
/// </summary>
internal static class RunFolder
{
    /// <summary>Writes every data file of the run into <paramref name="folder"/> (created if missing).</summary>
    /// <param name="folder">The folder, usually a staging folder that is renamed into place afterwards.</param>
    /// <param name="scenario">The scenario that ran (with its overrides applied).</param>
    /// <param name="scenarioFile">The scenario file as the user named it (on the command line or in the study file).</param>
    /// <param name="seed">The root seed.</param>
    /// <param name="summary">The merged KPIs.</param>
    public static void WriteData(string folder, Scenario scenario, string scenarioFile, ulong seed, KpiSummary summary)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(summary);
        Directory.CreateDirectory(folder);
        KpiCsvWriter.Write(Path.Combine(folder, "kpis.csv"), summary.Rows);
        KpiJsonWriter.Write(Path.Combine(folder, "kpis.json"), new RunRecord(scenario.Name, scenarioFile, seed, summary.Replications, summary.Rows));
        AtomicFile.Write(Path.Combine(folder, ReplicationCsv.FileName), stream => ReplicationCsv.Write(stream, ReplicationTable.FromSummary(summary)));
    }

    /// <summary>Writes <paramref name="manifest"/> into <paramref name="folder"/>.</summary>
    public static void WriteManifest(string folder, RunManifest manifest)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        AtomicFile.Write(Path.Combine(folder, RunManifest.FileName), manifest.WriteTo);
    }
}
