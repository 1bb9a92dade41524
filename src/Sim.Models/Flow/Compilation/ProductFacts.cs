namespace Sim.Models.Flow.Compilation;

/// <summary>A product class's per-unit figures on the model's clock. Immutable.</summary>
/// <param name="Value">Declared value per unit.</param>
/// <param name="WeightKg">Weight per unit, kg.</param>
/// <param name="VolumeM3">Volume per unit, m³.</param>
/// <param name="ReturnRate">Share of delivered B2C orders returned.</param>
/// <param name="PromiseTicks">The delivery promise in ticks.</param>
internal sealed record ProductFacts(double Value, double WeightKg, double VolumeM3, double ReturnRate, long PromiseTicks);
