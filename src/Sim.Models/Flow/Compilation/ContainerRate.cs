namespace Sim.Models.Flow.Compilation;

/// <summary>A leg's price per started container, weighted by the chance that a shipment pays the leg, and the container's usable volume. Immutable.</summary>
/// <param name="PerContainer">Expected cost per container, scenario currency.</param>
/// <param name="CapacityM3">Usable volume of one container, m³; positive.</param>
public readonly record struct ContainerRate(double PerContainer, double CapacityM3);
