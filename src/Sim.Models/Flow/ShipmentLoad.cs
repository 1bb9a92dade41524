namespace Sim.Models.Flow;

/// <summary>
/// Replenishment orders of several rows travelling as one shipment: the leader's row moves, the riders'
/// rows wait, and the leg effects see the totals. Reused from a pool. Not thread-safe.
/// </summary>
internal sealed class ShipmentLoad
{
    /// <summary>The rows riding with the leader, in boarding order.</summary>
    public List<int> Riders { get; } = [];

    /// <summary>Units of every row.</summary>
    public int Units { get; set; }

    /// <summary>Total weight, kg.</summary>
    public double WeightKg { get; set; }

    /// <summary>Total volume, m³.</summary>
    public double VolumeM3 { get; set; }

    /// <summary>Total customs (transaction) value.</summary>
    public double CustomsValue { get; set; }

    /// <summary>Total retail value.</summary>
    public double GoodsValue { get; set; }

    /// <summary>The leader's landed cost when the load formed: what the leader paid on its own.</summary>
    public double LeaderCostAtMerge { get; set; }

    /// <summary>Empties the load for reuse.</summary>
    public void Clear()
    {
        Riders.Clear();
        Units = 0;
        WeightKg = 0;
        VolumeM3 = 0;
        CustomsValue = 0;
        GoodsValue = 0;
        LeaderCostAtMerge = 0;
    }
}
