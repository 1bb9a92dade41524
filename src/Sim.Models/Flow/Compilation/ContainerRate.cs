using Sim.Models.Network;

namespace Sim.Models.Flow.Compilation;

/// <summary>
/// A leg's volume prices for replenishment shipments, each weighted by the chance that a shipment pays
/// the leg: per started full container (FCL) and less-than-container load (LCL) per m³ with a minimum;
/// a shipment pays the cheaper (<see cref="LegCost.FreightOf"/>). Immutable.
/// </summary>
/// <param name="PerContainer">Expected cost per container, scenario currency; 0 when the leg offers no FCL.</param>
/// <param name="CapacityM3">Usable volume of one container, m³; positive.</param>
/// <param name="LclPerM3">Expected LCL cost per m³; 0 with a zero <paramref name="LclMinimum"/> when the leg offers no LCL.</param>
/// <param name="LclMinimum">Expected least LCL charge per shipment.</param>
public readonly record struct ContainerRate(double PerContainer, double CapacityM3, double LclPerM3 = 0, double LclMinimum = 0)
{
    /// <summary>True when the leg offers full containers.</summary>
    public bool OffersFcl => PerContainer > 0;

    /// <summary>True when the leg offers LCL.</summary>
    public bool OffersLcl => LclPerM3 > 0 || LclMinimum > 0;

    /// <summary>The expected freight of a shipment of <paramref name="volumeM3"/> m³: the cheaper of FCL and LCL.</summary>
    /// <param name="volumeM3">The shipment's volume, m³; zero or more.</param>
    /// <returns>The freight in the scenario currency.</returns>
    public double FreightOf(double volumeM3) => LegCost.Freight(PerContainer, CapacityM3, LclPerM3, LclMinimum, volumeM3);
}
