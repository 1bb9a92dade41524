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

    /// <summary>Retail value per unit in the scenario currency (what the customer pays, before tax); positive. A parcel declares it: it drives duties, de minimis and taxes at sale.</summary>
    public required double Value { get; init; }

    /// <summary>Customs (transaction) value per unit, what the importer paid the seller; null means <see cref="Value"/>. Positive.</summary>
    public double? CustomsValue { get; init; }

    /// <summary>The value per unit a commercial (bulk) import declares: <see cref="CustomsValue"/>, else <see cref="Value"/>.</summary>
    public double ImportValue => CustomsValue ?? Value;

    /// <summary>Gross weight per unit in kg, packed; positive.</summary>
    public required double WeightKg { get; init; }

    /// <summary>Volume per unit in m³, packed; positive.</summary>
    public required double VolumeM3 { get; init; }

    /// <summary>Share in [0, 1] of delivered B2C orders that are returned.</summary>
    public double ReturnRate { get; init; }

    /// <summary>Delivery promise in days from order to delivery; positive. On time means delivered within it.</summary>
    public required double PromiseDays { get; init; }
}
