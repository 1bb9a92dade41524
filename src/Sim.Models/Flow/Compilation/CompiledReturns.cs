namespace Sim.Models.Flow.Compilation;

/// <summary>A market's return handling, compiled. Immutable.</summary>
internal sealed class CompiledReturns
{
    public required double ShareToWarehouse { get; init; }

    /// <summary>Reverse route to the warehouse for the orders of each KPI group (a route per group, so that each group's returns draw their own numbers); -1 when none.</summary>
    public required int[] WarehouseRouteByGroup { get; init; }

    /// <summary>Reverse route to the origin for the orders of each KPI group; -1 when none.</summary>
    public required int[] OriginRouteByGroup { get; init; }

    /// <summary>The receiving warehouse's index; -1 when none.</summary>
    public required int Warehouse { get; init; }

    public required TickSampler Inspection { get; init; }

    public required double RestockProbability { get; init; }

    public required double HandlingCost { get; init; }
}
