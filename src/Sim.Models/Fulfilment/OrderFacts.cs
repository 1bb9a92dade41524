namespace Sim.Models.Fulfilment;

/// <summary>What a fulfilment policy knows of an order.</summary>
/// <param name="Units">Units ordered (1 for B2C).</param>
/// <param name="WeightKg">Gross weight, kg.</param>
/// <param name="VolumeM3">Volume, m³.</param>
/// <param name="Value">Declared value, scenario currency.</param>
/// <param name="PromiseHours">The delivery promise, hours from order.</param>
/// <param name="IsB2b">True for a B2B bulk order (even of one unit).</param>
public readonly record struct OrderFacts(int Units, double WeightKg, double VolumeM3, double Value, double PromiseHours, bool IsB2b = false);
