using Sim.Models.Inventory;

namespace Sim.Models.Flow;

/// <summary>A stock point with what the model needs around it. Not thread-safe.</summary>
internal sealed class StockPointRuntime
{
    public required StockPoint Stock { get; init; }

    public required WarehouseRuntime Warehouse { get; init; }

    public required int Product { get; init; }

    public required StockPolicy Policy { get; init; }
}
