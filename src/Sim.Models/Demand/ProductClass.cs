namespace Sim.Models.Demand;

/// <summary>
/// A kind of goods, as one unit of an order. Key: <see cref="Id"/> (<c>product_classes[apparel].return_rate</c>).
/// Immutable and thread-safe.
/// </summary>
public sealed record ProductClass
{
    /// <summary>Unique key (e.g. <c>apparel</c>).</summary>
    public required string Id { get; init; }

    /// <summary>Human-readable name; defaults to the id.</summary>
    public required string Name { get; init; }

    /// <summary>Declared value per unit in the scenario currency; positive. Drives duties and de minimis.</summary>
    public required double Value { get; init; }

    /// <summary>Gross weight per unit in kg, packed; positive.</summary>
    public required double WeightKg { get; init; }

    /// <summary>Volume per unit in m³, packed; positive.</summary>
    public required double VolumeM3 { get; init; }

    /// <summary>Share in [0, 1] of delivered B2C orders that are returned.</summary>
    public double ReturnRate { get; init; }

    /// <summary>Delivery promise in days from order to delivery; positive. On time means delivered within it.</summary>
    public required double PromiseDays { get; init; }
}
