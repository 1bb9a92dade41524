using Sim.Models.Customs;
using Sim.Models.Flow.Expectation;
using Sim.Models.Kpis;
using Sim.Models.Network;

namespace Sim.Models.Flow.Compilation;

/// <summary>
/// A mode's legs compiled for one origin and market (for a warehouse mode, its warehouse is the
/// origin): what an order, a replenishment shipment or a return on it goes through. Immutable and
/// thread-safe; <see cref="RouteExpectation.For"/> says what it is expected to cost and take.
/// </summary>
public sealed class CompiledRoute
{
    private readonly Lazy<DeliveryTime> _delivery;

    internal CompiledRoute(int index, Mode mode, string origin, MarketRules market, string? warehouse, int group, GroupKey? groupKey, CompiledLeg[] legs, bool laneExists, IReadOnlySet<string> stockedClasses)
    {
        Index = index;
        Mode = mode;
        Origin = origin;
        MarketRules = market;
        Warehouse = warehouse;
        GroupIndex = group;
        Group = groupKey;
        LegArray = legs;
        LaneExists = laneExists;
        StockedClasses = stockedClasses;
        for (int i = 0; i < legs.Length; i++)
        {
            var tracking = legs[i].Spec.Tracking;
            Milestones |= CompiledLeg.MilestoneBit(tracking.Milestone ?? legs[i].Spec.Kind.DefaultMilestone());
            Milestones |= i > 0 ? CompiledLeg.MilestoneBit(tracking.StartMilestone ?? legs[i].Spec.Kind.DefaultStartMilestone()) : (byte)0;
        }

        _delivery = new Lazy<DeliveryTime>(() => DeliveryTime.Of(LegArray), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The route's index in its network.</summary>
    public int Index { get; }

    /// <summary>The mode (its kind says whether the route carries orders, replenishment or returns).</summary>
    public Mode Mode { get; }

    /// <summary>The origin node id: an origin region, the warehouse of a warehouse mode, or empty for a return to the origin.</summary>
    public string Origin { get; }

    /// <summary>The destination market's code.</summary>
    public string Market => MarketRules.Code;

    /// <summary>The warehouse the route ships from (warehouse modes), replenishes (replenishment) or returns to; null otherwise.</summary>
    public string? Warehouse { get; }

    /// <summary>The KPI group of the orders on it (<c>mode=M;market=K</c>); null for replenishment and reverse routes.</summary>
    public GroupKey? Group { get; }

    /// <summary>The legs in travel order.</summary>
    public IReadOnlyList<CompiledLeg> Legs => LegArray;

    /// <summary>
    /// True when the scenario offers the route: a lane from <see cref="Origin"/> to the market for a direct
    /// mode; a warehouse serving the market by the mode for a warehouse mode; always for replenishment and
    /// reverse routes.
    /// </summary>
    public bool LaneExists { get; }

    /// <summary>The product classes the route's warehouse stocks (warehouse modes); empty otherwise.</summary>
    public IReadOnlySet<string> StockedClasses { get; }

    internal CompiledLeg[] LegArray { get; }

    internal MarketRules MarketRules { get; }

    /// <summary>
    /// The milestones a parcel on the route passes (bits of <see cref="CompiledLeg.MilestoneBit"/>), scanned
    /// or not: each leg's end milestone and each but the first leg's start milestone, as the legs state
    /// them or by their kinds. A parcel is fully tracked when it has a visible scan of each.
    /// </summary>
    internal byte Milestones { get; }

    /// <summary>The KPI group index; -1 for replenishment and reverse routes.</summary>
    internal int GroupIndex { get; }

    /// <summary>
    /// The regimes whose sale tax an order on the route pays when sold: on a warehouse mode whose goods are
    /// already imported into the market (no import clearance on the route charges duties), the market's
    /// regimes for commercial goods of the stock's origin; null on every other route.
    /// </summary>
    internal DutyRegimeSchedule? SaleTaxRegimes { get; init; }

    /// <summary>The delivery-time distribution, computed on first use.</summary>
    internal DeliveryTime Delivery => _delivery.Value;
}
