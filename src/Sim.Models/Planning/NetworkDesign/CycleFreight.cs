using Sim.Models.Flow.Compilation;

namespace Sim.Models.Planning.NetworkDesign;

/// <summary>
/// One volume-priced leg of an order cycle, as linear pieces of the cost per day at flow x (units a
/// day) with a shipment every cycle: full containers, n ≥ <see cref="PerUnitOfFlow"/>·x per shipment at
/// <see cref="CostPerDay"/> each; or LCL at <see cref="LclPerUnitOfFlow"/>·x a day, at least
/// <see cref="LclMinimumPerDay"/>. When the leg offers both, a binary picks one, as the simulated shipment
/// pays the cheaper (<see cref="ContainerRate.FreightOf"/>). Immutable.
/// </summary>
/// <param name="Rate">The leg's expected volume prices.</param>
/// <param name="PerUnitOfFlow">Containers per shipment needed per unit of daily flow (cycle × unit volume / capacity); 0 without FCL.</param>
/// <param name="CostPerDay">Cost per day of one container per shipment (price / cycle).</param>
/// <param name="LclPerUnitOfFlow">LCL cost per day per unit of daily flow (LCL rate × unit volume).</param>
/// <param name="LclMinimumPerDay">The LCL minimum charge per day (minimum / cycle).</param>
internal sealed record CycleFreight(ContainerRate Rate, double PerUnitOfFlow, double CostPerDay, double LclPerUnitOfFlow, double LclMinimumPerDay)
{
    /// <summary>The leg's linear pieces for shipments every <paramref name="cycleDays"/> days of units of <paramref name="unitVolumeM3"/>.</summary>
    public static CycleFreight Of(ContainerRate rate, double cycleDays, double unitVolumeM3) => new(
        rate,
        rate.OffersFcl ? cycleDays * unitVolumeM3 / rate.CapacityM3 : 0,
        rate.PerContainer / cycleDays,
        rate.LclPerM3 * unitVolumeM3,
        rate.LclMinimum / cycleDays);

    /// <summary>The leg's least cost per day at flow <paramref name="unitsPerDay"/>: what the MIP's pieces come to at its optimum.</summary>
    public double CostPerDayAt(double unitsPerDay)
    {
        double fcl = Rate.OffersFcl ? CostPerDay * Math.Ceiling((PerUnitOfFlow * unitsPerDay) - 1e-9) : double.PositiveInfinity;
        double lcl = Rate.OffersLcl ? Math.Max(LclMinimumPerDay, LclPerUnitOfFlow * unitsPerDay) : double.PositiveInfinity;
        return Math.Min(fcl, lcl);
    }
}
