namespace Sim.Engine.Events;

/// <summary>The index of a handler registered with one <see cref="Simulator"/>.</summary>
/// <param name="Value">The index in the simulator's handler table.</param>
public readonly record struct EventProcessorId(int Value);
