using Sim.Engine.Statistics;

namespace Sim.Models.Kpis;

/// <summary>
/// What one replication measured for one group of orders (all orders, one mode, one market, or one
/// mode in one market): how many ended in each terminal state, what they cost by component, how long
/// they took, how they were tracked and what they emitted. Only orders placed after the warm-up count.
/// </summary>
/// <remarks>
/// Every measured order ends in exactly one terminal state: <see cref="Delivered"/> (and kept),
/// <see cref="Returned"/> (delivered, then sent back), <see cref="Lost"/> or <see cref="Seized"/>, or
/// is still in flight when the run ends (<see cref="InFlightAtEnd"/>); the five add up to
/// <see cref="Orders"/>. Costs are totals in the scenario
/// currency over the group's orders, including their share of departure (per-shipment) costs and, for
/// warehouse modes, the replenishment shipments ordered after the warm-up (booked when shipped, whether
/// or not their stock sells within the run) and the holding cost of the measured period;
/// <see cref="TotalCost"/> is the sum of the five components by construction. Mutable while the model runs; merging is exact (counts
/// and sums add, histograms merge bucket by bucket). Not thread-safe.
/// </remarks>
public sealed class ParcelGroupKpis
{
    /// <summary>Creates an empty group.</summary>
    /// <param name="key">The group key, e.g. <c>all</c>, <c>mode=express</c> or <c>mode=express;market=US</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is null.</exception>
    public ParcelGroupKpis(GroupKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        Key = key;
    }

    /// <summary>The group key.</summary>
    public GroupKey Key { get; }

    /// <summary>Orders placed after the warm-up.</summary>
    public long Orders { get; internal set; }

    /// <summary>Orders delivered and kept.</summary>
    public long Delivered { get; internal set; }

    /// <summary>Orders lost on a leg.</summary>
    public long Lost { get; internal set; }

    /// <summary>Orders seized by customs.</summary>
    public long Seized { get; internal set; }

    /// <summary>Orders not yet in a terminal state when the run ended (the drain limit was reached: a clogged station, or stock that never came).</summary>
    public long InFlightAtEnd { get; internal set; }

    /// <summary>Orders delivered and then returned by the customer.</summary>
    public long Returned { get; internal set; }

    /// <summary>Delivered or returned orders that arrived damaged.</summary>
    public long Damaged { get; internal set; }

    /// <summary>Delivered or returned orders that arrived within their product's promise.</summary>
    public long OnTime { get; internal set; }

    /// <summary>Orders that were served from warehouse stock.</summary>
    public long FromStock { get; internal set; }

    /// <summary>Orders that found no stock and went by the fallback mode.</summary>
    public long FellBack { get; internal set; }

    /// <summary>Orders that found no stock and waited for replenishment.</summary>
    public long Backordered { get; internal set; }

    /// <summary>Returns lost on their way back.</summary>
    public long ReturnsLost { get; internal set; }

    /// <summary>Transport cost (pickup, line-haul, last mile; for warehouse modes also the replenishment first legs), scenario currency.</summary>
    public double TransportCost { get; internal set; }

    /// <summary>Handling cost (hubs, customs legs, pick and pack, receiving), scenario currency.</summary>
    public double HandlingCost { get; internal set; }

    /// <summary>Import duties and taxes, with the regimes' per-parcel customs fees, scenario currency.</summary>
    public double DutiesAndTaxes { get; internal set; }

    /// <summary>Warehousing cost (holding stock, and legs the scenario books as warehousing), scenario currency.</summary>
    public double WarehousingCost { get; internal set; }

    /// <summary>Cost of returns (reverse legs, return handling), scenario currency.</summary>
    public double ReturnsCost { get; internal set; }

    /// <summary>The sum of the five cost components.</summary>
    public double TotalCost => TransportCost + HandlingCost + DutiesAndTaxes + WarehousingCost + ReturnsCost;

    /// <summary>Greenhouse-gas emissions of the group's orders, kg CO2e (returns and replenishment included).</summary>
    public double Co2eKg { get; internal set; }

    /// <summary>
    /// Declared value of the goods lost or seized, scenario currency: orders lost or seized, returns lost
    /// on their way back, and (for warehouse modes) replenishment shipments lost or seized. Not a cost.
    /// </summary>
    public double GoodsValueLost { get; internal set; }

    /// <summary>
    /// The relative accuracy of <see cref="DeliveryDays"/>' buckets, 0.1%: percentiles are within 0.2% of
    /// the exact sample percentiles and vary with the data within a bucket (see <see cref="QuantileHistogram"/>).
    /// </summary>
    public const double DeliveryDaysAccuracy = 0.001;

    /// <summary>Days from order to delivery of every delivered or returned order.</summary>
    public QuantileHistogram DeliveryDays { get; } = new(DeliveryDaysAccuracy);

    /// <summary>Sum over delivered or returned orders of the share of their journey with a visible scan of the current step.</summary>
    public double TrackedTimeShareSum { get; internal set; }

    /// <summary>
    /// Delivered or returned orders with a scan of every milestone their route passes (handover, export,
    /// arrival, import release, out for delivery, delivered across a border), each but the delivery's
    /// visible by the delivery.
    /// </summary>
    public long FullyTracked { get; internal set; }

    /// <summary>The longest information gap of each delivered or returned order, in hours (percentiles within 1%).</summary>
    public QuantileHistogram InformationGapHours { get; } = new();

    /// <summary>Days from delivery to the return reaching the warehouse (after inspection) or the origin.</summary>
    public Tally ReturnCycleDays { get; } = new();

    /// <summary>Delivered plus returned orders: those that reached the customer.</summary>
    public long Arrived => Delivered + Returned;

    /// <summary>Orders in a terminal state; <see cref="Orders"/> is this plus <see cref="InFlightAtEnd"/>.</summary>
    public long Terminated => Delivered + Returned + Lost + Seized;

    /// <summary>Adds <paramref name="other"/>'s counts, costs and distributions to this group.</summary>
    /// <param name="other">The group to merge in; unchanged.</param>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    public void Merge(ParcelGroupKpis other)
    {
        ArgumentNullException.ThrowIfNull(other);
        Orders += other.Orders;
        Delivered += other.Delivered;
        Lost += other.Lost;
        Seized += other.Seized;
        InFlightAtEnd += other.InFlightAtEnd;
        Returned += other.Returned;
        Damaged += other.Damaged;
        OnTime += other.OnTime;
        FromStock += other.FromStock;
        FellBack += other.FellBack;
        Backordered += other.Backordered;
        ReturnsLost += other.ReturnsLost;
        TransportCost += other.TransportCost;
        HandlingCost += other.HandlingCost;
        DutiesAndTaxes += other.DutiesAndTaxes;
        WarehousingCost += other.WarehousingCost;
        ReturnsCost += other.ReturnsCost;
        Co2eKg += other.Co2eKg;
        GoodsValueLost += other.GoodsValueLost;
        DeliveryDays.Merge(other.DeliveryDays);
        TrackedTimeShareSum += other.TrackedTimeShareSum;
        FullyTracked += other.FullyTracked;
        InformationGapHours.Merge(other.InformationGapHours);
        ReturnCycleDays.Merge(other.ReturnCycleDays);
    }

    /// <summary>Adds <paramref name="share"/> of <paramref name="other"/>'s costs, emissions and goods value lost (not its counts).</summary>
    internal void AddShareOf(ParcelGroupKpis other, double share)
    {
        TransportCost += share * other.TransportCost;
        HandlingCost += share * other.HandlingCost;
        DutiesAndTaxes += share * other.DutiesAndTaxes;
        WarehousingCost += share * other.WarehousingCost;
        ReturnsCost += share * other.ReturnsCost;
        Co2eKg += share * other.Co2eKg;
        GoodsValueLost += share * other.GoodsValueLost;
    }

    internal void AddCost(Network.CostCategory category, double amount)
    {
        switch (category)
        {
            case Network.CostCategory.Transport:
                TransportCost += amount;
                break;
            case Network.CostCategory.Handling:
                HandlingCost += amount;
                break;
            case Network.CostCategory.Warehousing:
                WarehousingCost += amount;
                break;
            default:
                ReturnsCost += amount;
                break;
        }
    }
}
