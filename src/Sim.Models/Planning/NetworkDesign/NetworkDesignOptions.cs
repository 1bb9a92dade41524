namespace Sim.Models.Planning.NetworkDesign;

/// <summary>How the network-design MIP is built: its objective, an optional bound on the overall mean delivery days (the frontier's epsilon constraint), and the order cycles it may choose for replenishment. Immutable.</summary>
public sealed record NetworkDesignOptions
{
    /// <summary>The default order cycles, days: daily to every sixteen weeks.</summary>
    public static IReadOnlyList<double> DefaultCycleDays { get; } = [1, 2, 4, 7, 14, 28, 56, 112];

    /// <summary>What to minimise; default <see cref="DesignObjective.Cost"/>.</summary>
    public DesignObjective Objective { get; init; } = DesignObjective.Cost;

    /// <summary>The overall mean delivery days (order-weighted, every market) a plan may not exceed; null for no bound.</summary>
    public double? MaxMeanDays { get; init; }

    /// <summary>
    /// The order cycles (days between replenishment shipments of a class at a warehouse) a plan chooses
    /// among; each sets the shipment size (flow × cycle), hence the cycle stock, the shipment costs and
    /// the containers per shipment. Positive, at least one.
    /// </summary>
    public IReadOnlyList<double> CycleDays { get; init; } = DefaultCycleDays;
}
