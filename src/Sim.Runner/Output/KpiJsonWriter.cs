using System.Text.Json;
using Sim.Models.Kpis;

namespace Sim.Runner.Output;

/// <summary>Writes a run's KPI rows and what produced them as one JSON document, atomically.</summary>
internal static class KpiJsonWriter
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    /// <summary>Writes <paramref name="run"/> to <paramref name="path"/>.</summary>
    public static void Write(string path, RunRecord run) =>
        AtomicFile.Write(path, stream => JsonSerializer.Serialize(stream, run, Options));
}
