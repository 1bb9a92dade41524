namespace Sim.Models.Fulfilment;

/// <summary>
/// One mode a lane's orders may take, as the route compiler compiled it: its route, the stock point
/// it draws from (warehouse modes) and its expected time and cost for rule-based choice, which the
/// compiler takes from the route's <c>RouteExpectation</c> (no congestion; leg costs weighted by the
/// chance of paying them).
/// </summary>
/// <param name="Mode">The mode id.</param>
/// <param name="Route">The compiled network's route index.</param>
/// <param name="StockPoint">The stock point the order takes stock from; -1 for a direct mode.</param>
/// <param name="ExpectedHours">Expected hours from order to delivery (mean leg times, customs and timetable waits).</param>
/// <param name="CostPerParcel">Expected leg cost per parcel, scenario currency.</param>
/// <param name="CostPerKg">Expected leg cost per kg.</param>
/// <param name="CostPerM3">Expected leg cost per m³.</param>
/// <param name="MaxWeightKg">Heaviest parcel accepted, kg; +∞ for no limit.</param>
/// <param name="MaxValue">Highest declared value accepted; +∞ for no limit.</param>
public readonly record struct FulfilmentOption(
    string Mode,
    int Route,
    int StockPoint,
    double ExpectedHours,
    double CostPerParcel,
    double CostPerKg,
    double CostPerM3,
    double MaxWeightKg,
    double MaxValue)
{
    /// <summary>True for a warehouse mode (served from stock).</summary>
    public bool FromStock => StockPoint >= 0;

    /// <summary>Whether the mode accepts the order's weight and value.</summary>
    /// <param name="order">The order.</param>
    public bool Accepts(in OrderFacts order) => order.WeightKg <= MaxWeightKg && order.Value <= MaxValue;

    /// <summary>The expected leg cost of carrying <paramref name="order"/>.</summary>
    /// <param name="order">The order.</param>
    public double ExpectedCost(in OrderFacts order) => CostPerParcel + (CostPerKg * order.WeightKg) + (CostPerM3 * order.VolumeM3);
}
