namespace Sim.Models.Scenarios;

/// <summary>
/// What happens to returned orders in one market (the return rate itself is the product class's).
/// A share <see cref="ShareToWarehouse"/> goes by <see cref="WarehouseReverseMode"/> to
/// <see cref="Warehouse"/>, is inspected for <see cref="InspectionTime"/> and, with probability
/// <see cref="RestockProbability"/>, restocked (only when the warehouse has a stock policy for the
/// product class; otherwise, and when unfit, it is disposed of); the rest goes back to the origin by
/// <see cref="OriginReverseMode"/>. Each return costs <see cref="HandlingCost"/> plus its reverse legs.
/// Key: <see cref="Market"/>. Immutable.
/// </summary>
public sealed record ReturnPolicy
{
    /// <summary>Market code.</summary>
    public required string Market { get; init; }

    /// <summary>Share in [0, 1] of returns sent to the market's warehouse; default 0.</summary>
    public double ShareToWarehouse { get; init; }

    /// <summary>Warehouse id receiving returns; required when <see cref="ShareToWarehouse"/> is above 0.</summary>
    public string? Warehouse { get; init; }

    /// <summary>Mode id (kind Reverse) to the warehouse; required when <see cref="ShareToWarehouse"/> is above 0.</summary>
    public string? WarehouseReverseMode { get; init; }

    /// <summary>Mode id (kind Reverse) back to the origin; required when <see cref="ShareToWarehouse"/> is below 1.</summary>
    public string? OriginReverseMode { get; init; }

    /// <summary>Inspection time at the warehouse before restocking; default zero.</summary>
    public DistributionSpec InspectionTime { get; init; } = DistributionSpec.ConstantHours(0);

    /// <summary>Probability in [0, 1] that an inspected return is fit to restock; default 1.</summary>
    public double RestockProbability { get; init; } = 1.0;

    /// <summary>Fixed handling cost per return in the scenario currency (booked as returns cost); zero or more.</summary>
    public double HandlingCost { get; init; }
}
