using Sim.Models.Network;

namespace Sim.Models.Scenarios.Loading;

/// <summary>What kinds of mode may appear where, shared by the warehouse, fulfilment and return mappers.</summary>
internal static class ModeChecks
{
    public static bool IsWarehouseMode(ModeKind kind) => kind.IsWarehouseMode();

    public static bool IsDirectMode(ModeKind kind) => kind.IsDirectMode();

    public static bool HasLane(IEnumerable<LaneSpec> lanes, string origin, string market, string mode) =>
        lanes.Any(l => l.Origin == origin && l.Market == market && l.Mode == mode);

    /// <summary>Checks that <paramref name="id"/> names a mode that <paramref name="accepts"/> allows; returns it or null.</summary>
    public static Mode? ModeOfKind(FieldReader fields, ScenarioIndex index, string? id, FieldPath path, string expected, Func<ModeKind, bool> accepts, bool required = true)
    {
        var mode = fields.Reference(id, index.Modes, path, "mode", required);
        if (mode is not null && !accepts(mode.Kind))
        {
            fields.Diagnostics.Add(path, $"mode '{mode.Id}' is a {FieldReader.Snake(mode.Kind.ToString())} mode, expected {expected}");
        }

        return mode;
    }
}
