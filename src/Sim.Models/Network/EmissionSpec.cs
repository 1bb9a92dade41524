namespace Sim.Models.Network;

/// <summary>
/// Greenhouse-gas factors of a leg: a parcel emits <see cref="KgCo2ePerTonneKm"/> × (weight in
/// tonnes) × <see cref="Leg.DistanceKm"/> + <see cref="KgCo2ePerParcel"/> kg CO2e. Both default to 0. Immutable.
/// </summary>
public sealed record EmissionSpec
{
    /// <summary>No emissions.</summary>
    public static EmissionSpec Zero { get; } = new();

    /// <summary>kg CO2e per tonne-kilometre (air about 0.6-1.1, road 0.1, rail 0.02-0.03, sea 0.01); zero or more.</summary>
    public double KgCo2ePerTonneKm { get; init; }

    /// <summary>kg CO2e per parcel (e.g. a last-mile drop or hub handling); zero or more.</summary>
    public double KgCo2ePerParcel { get; init; }
}
