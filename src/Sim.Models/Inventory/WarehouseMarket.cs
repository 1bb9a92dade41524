namespace Sim.Models.Inventory;

/// <summary>
/// A market a <see cref="Warehouse"/> ships to from its one stock, and the mode (a warehouse mode: the
/// route template, whose last-mile leg is the market's) that carries its orders there. Immutable.
/// </summary>
/// <param name="Market">The market code.</param>
/// <param name="FulfilmentMode">The mode id (kind overseas_warehouse, border_warehouse or bonded_import).</param>
public sealed record WarehouseMarket(string Market, string FulfilmentMode);
