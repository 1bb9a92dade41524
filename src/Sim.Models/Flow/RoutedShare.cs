namespace Sim.Models.Flow;

/// <summary>
/// The share of a demand stream's orders (or of its B2C or B2B orders) sent by one route: a direct
/// mode, or a warehouse mode through a named warehouse. Immutable.
/// </summary>
/// <param name="Mode">The mode id.</param>
/// <param name="Warehouse">For a warehouse mode, the warehouse the orders ship from (it must serve the stream's market by that mode and stock its class); null for a direct mode.</param>
/// <param name="Share">Fraction of the orders, in [0, 1]; a routing's shares sum to 1.</param>
public sealed record RoutedShare(string Mode, string? Warehouse, double Share);
