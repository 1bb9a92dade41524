using System.Text.Json;
using Sim.Models.Kpis;

namespace Sim.Runner.Output;

/// <summary>
/// Writes a run's KPI rows and what produced them as one indented JSON document: numbers as JSON
/// numbers rounded by <see cref="KpiNumbers"/>, <c>null</c> where there is no data, no timestamps.
/// </summary>
internal static class KpiJsonWriter
{
    /// <summary>Writes <paramref name="run"/> to <paramref name="stream"/>.</summary>
    public static void Write(Stream stream, RunRecord run)
    {
        ArgumentNullException.ThrowIfNull(run);
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteString("scenario", run.Scenario);
        json.WriteString("scenario_file", run.ScenarioFile);
        json.WriteString("scenario_sha256", run.ScenarioSha256);
        json.WriteNumber("seed", run.Seed);
        json.WriteNumber("replications", run.Replications);
        json.WriteStartArray("warnings");
        foreach (string warning in run.Warnings)
        {
            json.WriteStringValue(warning);
        }

        json.WriteEndArray();
        json.WriteStartArray("kpis");
        foreach (KpiRow row in run.Kpis)
        {
            json.WriteStartObject();
            json.WriteString("group", row.Group);
            json.WriteString("kpi", row.Kpi);
            json.WriteString("unit", row.Unit);
            WriteNumber(json, "mean", row.Mean);
            WriteNumber(json, "half_width", row.HalfWidth);
            json.WriteNumber("replications", row.Replications);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteNumber(Utf8JsonWriter json, string name, double value)
    {
        if (KpiNumbers.Round(value) is { } rounded)
        {
            json.WriteNumber(name, rounded);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
