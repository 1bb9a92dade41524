namespace Sim.Models.Flow;

/// <summary>A market's return handling, compiled. Immutable.</summary>
internal sealed class ReturnRules
{
    public required double ShareToWarehouse { get; init; }

    /// <summary>Reverse route to the warehouse; -1 when none.</summary>
    public required int WarehouseRoute { get; init; }

    /// <summary>Reverse route to the origin; -1 when none.</summary>
    public required int OriginRoute { get; init; }

    /// <summary>The receiving warehouse; null when none.</summary>
    public required WarehouseRuntime? Warehouse { get; init; }

    public required TickSampler Inspection { get; init; }

    public required double RestockProbability { get; init; }

    public required double HandlingCost { get; init; }
}
