namespace Sim.Models.Inventory;

/// <summary>
/// A stocking point: an overseas, border or bonded warehouse node holding one stock for every market
/// it serves (<see cref="Serves"/>: its home <see cref="Market"/> through <see cref="FulfilmentMode"/>,
/// then <see cref="AlsoServes"/>), replenished from <see cref="ReplenishmentOrigin"/> by the bulk
/// <see cref="ReplenishmentMode"/>. Replenishment shipments clear into the home market. Key:
/// <see cref="Id"/>, which is also its node id. Immutable and thread-safe.
/// </summary>
public sealed record Warehouse
{
    /// <summary>Node id of the warehouse (a node of kind OverseasWarehouse, BorderWarehouse or BondedWarehouse).</summary>
    public required string Id { get; init; }

    /// <summary>Overseas, border or bonded; must match the node's kind.</summary>
    public required WarehouseKind Kind { get; init; }

    /// <summary>Code of the home market: the first it serves, and the one its replenishment shipments clear into.</summary>
    public required string Market { get; init; }

    /// <summary>Mode id (kind OverseasWarehouse, BorderWarehouse or BondedImport) that ships the home market's orders; at most one warehouse per (mode, market).</summary>
    public required string FulfilmentMode { get; init; }

    /// <summary>The other markets it serves from the same stock, each by its own warehouse mode; markets unique and not the home market. Empty by default.</summary>
    public IReadOnlyList<WarehouseMarket> AlsoServes { get; init; } = [];

    /// <summary>Every (market, mode) it serves: the home market first, then <see cref="AlsoServes"/> in order.</summary>
    public IReadOnlyList<WarehouseMarket> Serves => [new WarehouseMarket(Market, FulfilmentMode), .. AlsoServes];

    /// <summary>Mode id (kind Replenishment) of the bulk first leg bringing stock in.</summary>
    public required string ReplenishmentMode { get; init; }

    /// <summary>Node id where replenishment shipments start (an origin region).</summary>
    public required string ReplenishmentOrigin { get; init; }

    /// <summary>Storage capacity in units over all product classes; null means no limit in units.</summary>
    public double? CapacityUnits { get; init; }

    /// <summary>Storage capacity in m³ (units × each class's volume) over all product classes; null means no limit in m³.</summary>
    public double? CapacityM3 { get; init; }

    /// <summary>What happens to stock beyond the storage capacity; default refused.</summary>
    public StorageOverflow OnOverflow { get; init; } = StorageOverflow.Refuse;

    /// <summary>With <see cref="StorageOverflow.Overflow"/>: cost per unit (or m³, for <see cref="CapacityM3"/>) stored above the capacity per day, scenario currency; zero or more.</summary>
    public double OverflowCostPerDay { get; init; }

    /// <summary>Holding cost per unit on hand per day, scenario currency; zero or more.</summary>
    public double HoldingCostPerUnitDay { get; init; }

    /// <summary>Fixed cost of keeping the warehouse open, per day, scenario currency; zero or more (default 0).</summary>
    public double FixedCostPerDay { get; init; }

    /// <summary>Orders it can pick and pack per day, over every market it serves; null means no limit beyond its node's servers.</summary>
    public double? PickCapacityPerDay { get; init; }

    /// <summary>True for a warehouse a plan may open or leave closed; a scenario run as given treats it as open. Default false.</summary>
    public bool Candidate { get; init; }

    /// <summary>One policy per stocked product class; a class without a policy is not stocked here, and validation rejects fixed or split fulfilment that would send its orders here.</summary>
    public required IReadOnlyList<StockPolicy> Policies { get; init; }

    /// <summary>True when the warehouse serves <paramref name="market"/> by <paramref name="mode"/>.</summary>
    /// <param name="market">A market code.</param>
    /// <param name="mode">A mode id.</param>
    public bool ServesBy(string market, string mode) =>
        (Market == market && FulfilmentMode == mode) || AlsoServes.Any(s => s.Market == market && s.FulfilmentMode == mode);

    /// <summary>True when the warehouse serves <paramref name="market"/> by any mode.</summary>
    /// <param name="market">A market code.</param>
    public bool ServesMarket(string market) => Market == market || AlsoServes.Any(s => s.Market == market);
}
