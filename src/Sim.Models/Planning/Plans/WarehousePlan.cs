namespace Sim.Models.Planning.Plans;

/// <summary>An open warehouse: how it is replenished and how it stocks each product class. Key: <see cref="Id"/>. Immutable.</summary>
public sealed record WarehousePlan
{
    /// <summary>Id of a warehouse of the scenario.</summary>
    public required string Id { get; init; }

    /// <summary>Mode id (kind replenishment) of the bulk first leg bringing stock in (sea, rail or air).</summary>
    public required string ReplenishmentMode { get; init; }

    /// <summary>One stock policy per product class stocked; at least one, product classes unique.</summary>
    public required ValueList<PlannedStockPolicy> Policies { get; init; }
}
