using Sim.Models.Planning.Plans;

namespace Sim.Models.Planning.NetworkDesign;

/// <summary>
/// The orders of one demand stream that a plan routes together: its B2C orders (one unit each) or its
/// B2B orders (<see cref="Units"/> units travelling as one parcel), at their mean rate over the
/// measured days (warm-up to horizon, weekly pattern and peaks included). Immutable.
/// </summary>
/// <param name="Index">Its index in <see cref="PlanningProblem.Segments"/>.</param>
/// <param name="Origin">Origin node id.</param>
/// <param name="Market">Market code.</param>
/// <param name="ProductClass">Product class id.</param>
/// <param name="Segment"><see cref="OrderSegment.B2c"/> or <see cref="OrderSegment.B2b"/>.</param>
/// <param name="Units">Units per order: 1 for B2C, the stream's units per B2B order.</param>
/// <param name="OrdersPerDay">Mean orders per day over the measured days; positive.</param>
/// <param name="PromiseHours">The product's delivery promise, hours.</param>
public sealed record DemandSegment(int Index, string Origin, string Market, string ProductClass, OrderSegment Segment, int Units, double OrdersPerDay, double PromiseHours)
{
    /// <summary>Units per day: <see cref="OrdersPerDay"/> × <see cref="Units"/>.</summary>
    public double UnitsPerDay => OrdersPerDay * Units;

    /// <summary>The lane key as a plan writes it: <c>origin/market/class/b2c</c> or <c>/b2b</c>.</summary>
    public string Key => $"{Origin}/{Market}/{ProductClass}/{(Segment == OrderSegment.B2b ? "b2b" : "b2c")}";
}
