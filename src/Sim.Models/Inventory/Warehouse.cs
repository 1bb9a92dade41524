namespace Sim.Models.Inventory;

/// <summary>
/// A stocking point: an overseas, border or bonded warehouse node serving one market through
/// <see cref="FulfilmentMode"/> and replenished from <see cref="ReplenishmentOrigin"/> by the bulk
/// <see cref="ReplenishmentMode"/>. Key: <see cref="Id"/>, which is also its node id. Immutable and thread-safe.
/// </summary>
public sealed record Warehouse
{
    /// <summary>Node id of the warehouse (a node of kind OverseasWarehouse, BorderWarehouse or BondedWarehouse).</summary>
    public required string Id { get; init; }

    /// <summary>Overseas, border or bonded; must match the node's kind.</summary>
    public required WarehouseKind Kind { get; init; }

    /// <summary>Code of the market whose orders it serves.</summary>
    public required string Market { get; init; }

    /// <summary>Mode id (kind OverseasWarehouse, BorderWarehouse or BondedImport) that ships orders from this warehouse; at most one warehouse per (mode, market).</summary>
    public required string FulfilmentMode { get; init; }

    /// <summary>Mode id (kind Replenishment) of the bulk first leg bringing stock in.</summary>
    public required string ReplenishmentMode { get; init; }

    /// <summary>Node id where replenishment shipments start (an origin region).</summary>
    public required string ReplenishmentOrigin { get; init; }

    /// <summary>Storage capacity in units over all product classes; null means unlimited.</summary>
    public double? CapacityUnits { get; init; }

    /// <summary>Holding cost per unit on hand per day, scenario currency; zero or more.</summary>
    public double HoldingCostPerUnitDay { get; init; }

    /// <summary>One policy per stocked product class; a class without a policy is not stocked here, and validation rejects fixed or split fulfilment that would send its orders here.</summary>
    public required IReadOnlyList<StockPolicy> Policies { get; init; }
}
